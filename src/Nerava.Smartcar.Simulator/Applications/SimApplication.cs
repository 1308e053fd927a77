namespace Nerava.Smartcar.Simulator.Applications;

/// <summary>A registered Smartcar application (what the Dashboard's credentials tab shows).</summary>
public sealed record SimApplication(
    string ClientId,
    string ClientSecret,
    string ManagementToken,
    string Name,
    IReadOnlyList<string> RedirectUris)
{
    /// <summary>The id its webhook gets when registered; null = a new random id each time (as on Smartcar).</summary>
    public string? WebhookId { get; init; }

    public bool AllowsRedirect(string redirectUri) => RedirectUris.Contains(redirectUri, StringComparer.Ordinal);
}
