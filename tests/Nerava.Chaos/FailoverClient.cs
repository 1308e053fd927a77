using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Nerava.Chaos;

/// <summary>
/// Calls whichever API process answers: a refused or cut connection (a killed API) or a 503 moves on to the other
/// process after a short pause, as a load balancer would. Requests are safe to repeat (idempotency keys, guarded
/// transitions), which is what lets a client retry after a crash.
/// </summary>
internal sealed class FailoverClient(IReadOnlyList<RoleProcess> apis, HttpClient http)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null,
        string? idempotencyKey = null)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        for (var attempt = 0; ; attempt++)
        {
            var api = apis[(attempt + Random.Shared.Next(apis.Count)) % apis.Count];
            using var request = new HttpRequestMessage(method, new Uri(api.BaseUrl + path));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            try
            {
                var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // The process is down or was killed mid-request: try again, probably elsewhere.
            }

            await Task.Delay(150 + Random.Shared.Next(250));
        }
    }
}
