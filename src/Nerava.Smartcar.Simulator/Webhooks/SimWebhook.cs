namespace Nerava.Smartcar.Simulator.Webhooks;

/// <summary>An application's webhook. Only a webhook that answered the VERIFY challenge receives events, as on Smartcar.</summary>
public sealed record SimWebhook(string Id, string ClientId, string Url, string Secret, string Name, bool Verified, DateTimeOffset CreatedAt)
{
    public string Status => Verified ? "active" : "verification_failed";
}
