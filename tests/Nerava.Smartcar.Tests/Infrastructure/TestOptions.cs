using Microsoft.Extensions.Options;

namespace Nerava.Smartcar.Tests.Infrastructure;

/// <summary>Obvious fake credentials; every origin points at an unroutable test host.</summary>
public static class TestOptions
{
    public const string Origin = "https://smartcar.test";
    public const string ClientId = "test-client-id";
    public const string ClientSecret = "test-client-secret";
    public const string RedirectUri = "https://app.test/callback";

    public static SmartcarOptions Create(Action<SmartcarOptions>? configure = null)
    {
        var options = new SmartcarOptions
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            RedirectUri = RedirectUri,
            ConnectOrigin = Origin,
            AuthOrigin = Origin,
            ApiOrigin = Origin,
            VehicleApiOrigin = Origin,
            IamOrigin = Origin,
            ManagementOrigin = Origin,
        };
        configure?.Invoke(options);
        return options;
    }

    public static IOptions<SmartcarOptions> Wrap(SmartcarOptions options) => Options.Create(options);
}
