using System.Net.Http.Headers;
using System.Text;
using Nerava.Smartcar.Errors;
using Polly.Timeout;

namespace Nerava.Smartcar.Internal;

/// <summary>Sends one request and turns failures into <see cref="SmartcarException"/>.</summary>
internal static class SmartcarHttp
{
    public const string JsonMediaType = "application/json";

    public static async Task<RawResponse> SendAsync(HttpClient http, HttpRequestMessage request, TimeProvider time, CancellationToken ct)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        var attempts = new AttemptCounter();
        request.Options.Set(AttemptCountingHandler.Key, attempts);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (TimeoutRejectedException ex)
        {
            throw TimedOut(ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw TimedOut(ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SmartcarException(0, SmartcarErrorType.Network, SmartcarErrorParser.SdkErrorType, null, ex.Message, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            string? Header(string name) => GetHeader(response, name);
            if (!response.IsSuccessStatusCode)
            {
                throw SmartcarErrorParser.Parse((int)response.StatusCode, body, Header, time.GetUtcNow());
            }

            return new RawResponse((int)response.StatusCode, body, ResponseMeta.FromHeaders(Header)) { Attempts = Math.Max(1, attempts.Count) };
        }
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

    public T Read<T>() => SmartcarJson.Deserialize<T>(Body, StatusCode, Meta.RequestId);

    public SmartcarResponse<T> ToResponse<T>() => new(Read<T>(), Meta) { Attempts = Attempts };
}
