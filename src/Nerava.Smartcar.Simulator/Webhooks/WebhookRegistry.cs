using System.Collections.Concurrent;

namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>Webhooks (one per application; registering again replaces it) and what each vehicle last reported to them.</summary>
public sealed class WebhookRegistry
{
    private readonly ConcurrentDictionary<string, SimWebhook> _byClient = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string WebhookId, string VehicleId), SignalBaseline> _baselines = new();

    public IEnumerable<SimWebhook> All => _byClient.Values;

    public void Save(SimWebhook webhook)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        _byClient[webhook.ClientId] = webhook;
    }

    public SimWebhook? Find(string webhookId) => _byClient.Values.FirstOrDefault(w => w.Id == webhookId);

    public SimWebhook? ForApplication(string clientId) => _byClient.GetValueOrDefault(clientId);

    public bool Remove(string webhookId)
    {
        var webhook = Find(webhookId);
        return webhook is not null && _byClient.TryRemove(webhook.ClientId, out _);
    }

    public SignalBaseline? Baseline(string webhookId, string vehicleId) => _baselines.GetValueOrDefault((webhookId, vehicleId));

    public void SetBaseline(string webhookId, string vehicleId, SignalBaseline baseline) => _baselines[(webhookId, vehicleId)] = baseline;
}
