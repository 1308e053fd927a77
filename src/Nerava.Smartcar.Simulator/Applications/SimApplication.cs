namespace Nerava.Smartcar.Simulator.Applications;

/// <summary>A registered Smartcar application (what the Dashboard's credentials tab shows).</summary>
public sealed record SimApplication(
    string ClientId,
    string ClientSecret,
    string ManagementToken,
    string Name,
    IReadOnlyList<string> RedirectUris)
{
    public bool AllowsRedirect(string redirectUri) => RedirectUris.Contains(redirectUri, StringComparer.Ordinal);
}
