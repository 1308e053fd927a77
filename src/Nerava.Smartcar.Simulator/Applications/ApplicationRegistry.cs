using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Nerava.Smartcar.Simulator.Applications;

/// <summary>Registered applications by client id.</summary>
public sealed class ApplicationRegistry
{
    private readonly ConcurrentDictionary<string, SimApplication> _applications = new(StringComparer.Ordinal);

    public IEnumerable<SimApplication> All => _applications.Values;

    /// <summary>Creates or replaces an application; missing credentials are generated.</summary>
    public SimApplication Register(string? clientId, string? clientSecret, string? managementToken, string? name, IEnumerable<string> redirectUris,
        string? webhookId = null)
    {
        ArgumentNullException.ThrowIfNull(redirectUris);
        var application = new SimApplication(
            Blank(clientId) ? Guid.NewGuid().ToString() : clientId!,
            Blank(clientSecret) ? Guid.NewGuid().ToString() : clientSecret!,
            Blank(managementToken) ? Guid.NewGuid().ToString() : managementToken!,
            Blank(name) ? "Simulated application" : name!,
            [.. redirectUris.Where(u => !Blank(u))])
        { WebhookId = Blank(webhookId) ? null : webhookId };
        _applications[application.ClientId] = application;
        return application;
    }

    public SimApplication? Find(string? clientId) => clientId is null ? null : _applications.GetValueOrDefault(clientId);

    /// <summary>The application when the secret matches (constant-time compare), else null.</summary>
    public SimApplication? Authenticate(string? clientId, string? clientSecret)
    {
        var application = Find(clientId);
        if (application is null || clientSecret is null)
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(application.ClientSecret), Encoding.UTF8.GetBytes(clientSecret))
            ? application
            : null;
    }

    /// <summary>The application owning a management token (v2 management API, webhooks).</summary>
    public SimApplication? FindByManagementToken(string? token) =>
        token is null ? null : _applications.Values.FirstOrDefault(a => string.Equals(a.ManagementToken, token, StringComparison.Ordinal));

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);
}
