using System.Net.Http.Headers;
using System.Text;
using Nerava.Smartcar.Errors;
using Polly.Timeout;

namespace Nerava.Smartcar.Internal;

/// <summary>Sends one request and turns failures into <see cref="SmartcarException"/>.</summary>
internal static class SmartcarHttp
{
    public const string JsonMediaType = "application/json";

    /// <summary>
    /// Sends <paramref name="request"/>; <paramref name="meter"/> (default: one billable request per attempt, no limit) counts the
    /// attempts and caps the retries. A failure carries what it spent in <see cref="SmartcarException.BillableRequests"/>.
    /// </summary>
    public static async Task<RawResponse> SendAsync(HttpClient http, HttpRequestMessage request, TimeProvider time, CancellationToken ct,
        RequestMeter? meter = null)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        meter ??= new RequestMeter();
        request.Options.Set(AttemptCountingHandler.Key, meter);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Spent(TimedOut(ex), meter);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Spent(TimedOut(ex), meter);
        }
        catch (HttpRequestException ex)
        {
            throw Spent(new SmartcarException(0, SmartcarErrorType.Network, SmartcarErrorParser.SdkErrorType, null, ex.Message, ex), meter);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            string? Header(string name) => GetHeader(response, name);
            if (!response.IsSuccessStatusCode)
            {
                throw Spent(SmartcarErrorParser.Parse((int)response.StatusCode, body, Header, time.GetUtcNow()), meter);
            }

            return new RawResponse((int)response.StatusCode, body, ResponseMeta.FromHeaders(Header))
            {
                Attempts = Math.Max(1, meter.Attempts),
                BillableRequests = meter.BillableRequests,
            };
        }
    }

    private static SmartcarException Spent(SmartcarException error, RequestMeter meter)
    {
        (error.Attempts, error.BillableRequests) = (Math.Max(1, meter.Attempts), meter.BillableRequests);
        return error;
    }

    public static string? GetHeader(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
        {
            return string.Join(",", values);
        }

        return null;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static string Combine(string origin, string pathAndQuery) => origin.TrimEnd('/') + pathAndQuery;

    public static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static SmartcarException TimedOut(Exception inner) =>
        new(408, SmartcarErrorType.Timeout, SmartcarErrorParser.SdkErrorType, null, "Request timed out.", inner);
}

/// <summary>A successful response body with its meta.</summary>
internal sealed record RawResponse(int StatusCode, string Body, ResponseMeta Meta)
{
    /// <summary>HTTP attempts the request took, retries included (1 without the DI pipeline).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Requests Smartcar counts: every attempt, times the items of a batch.</summary>
    public int BillableRequests { get; init; } = 1;

    public T Read<T>() => SmartcarJson.Deserialize<T>(Body, StatusCode, Meta.RequestId);

    public SmartcarResponse<T> ToResponse<T>() => new(Read<T>(), Meta) { Attempts = Attempts, BillableRequests = BillableRequests };
}
