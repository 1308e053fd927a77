using System.Net.Http.Headers;
using System.Text.Json;
using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>
/// Sends webhook requests through the named <see cref="HttpClient"/> "smartcar-sim-webhooks" (so an in-process host can route it):
/// the VERIFY handshake, and signed deliveries retried with backoff on non-2xx or transport failure, then dropped.
/// </summary>
public sealed class WebhookSender
{
    public const string HttpClientName = "smartcar-sim-webhooks";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly SimulatorState _state;
    private readonly ILogger<WebhookSender> _logger;

    public WebhookSender(IHttpClientFactory httpClientFactory, SimulatorState state, ILogger<WebhookSender> logger)
    {
        _httpClientFactory = httpClientFactory;
        _state = state;
        _logger = logger;
    }

    /// <summary>POSTs VERIFY; true when the receiver answers 200 with <c>{"challenge": hex HMAC-SHA256(secret, challenge)}</c>.</summary>
    public async Task<bool> VerifyAsync(SimWebhook webhook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var challenge = Guid.NewGuid().ToString("N");
        var body = JsonSerializer.SerializeToUtf8Bytes(WebhookPayloads.Verify(webhook, challenge, _state.TimeProvider.GetUtcNow()), WireJson.Smartcar);
        try
        {
            using var response = await SendOnceAsync(webhook, body, cancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                return false;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("challenge", out var answer)
                && string.Equals(answer.GetString(), WebhookSigner.Sign(webhook.Secret, challenge), StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException or InvalidOperationException)
        {
            _logger.LogInformation(ex, "Webhook {WebhookId} VERIFY to {Url} failed", webhook.Id, webhook.Url);
            return false;
        }
    }

    /// <summary>Delivers one event: the first attempt, then one retry per configured delay. The body bytes (and eventId) never change.</summary>
    public async Task<bool> DeliverAsync(SimWebhook webhook, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var delays = _state.Options.WebhookRetryDelays;
        for (var attempt = 0; ; attempt++)
        {
            _state.Stats.CountWebhookAttempt();
            try
            {
                using var response = await SendOnceAsync(webhook, body, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    _state.Stats.CountWebhookDelivered();
                    return true;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                _logger.LogInformation(ex, "Webhook {WebhookId} delivery attempt {Attempt} failed", webhook.Id, attempt + 1);
            }

            if (attempt >= delays.Count)
            {
                _state.Stats.CountWebhookDropped();
                return false;
            }

            await Task.Delay(delays[attempt], _state.TimeProvider, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(SimWebhook webhook, byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_state.Options.WebhookTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("SC-Signature", WebhookSigner.Sign(webhook.Secret, body));
        request.Headers.UserAgent.ParseAdd("Smartcar/4.0");
        var client = _httpClientFactory.CreateClient(HttpClientName);
        return await client.SendAsync(request, timeout.Token);
    }
}
