using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Ocpp;

/// <summary>The URL a charge point connects to: <c>Ocpp:PublicUrl</c> + "/" + id, or ws(s)://this-host/ocpp/id.</summary>
public static class OcppUrls
{
    public static string For(HttpRequest request, OcppOptions options, string chargePointId)
    {
        var root = string.IsNullOrWhiteSpace(options.PublicUrl)
            ? $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{OcppEndpoint.Path}"
            : options.PublicUrl.TrimEnd('/');
        return $"{root}/{Uri.EscapeDataString(chargePointId)}";
    }

    /// <summary>The same, with the configured <see cref="OcppOptions"/> (for callers outside this feature).</summary>
    public static string For(HttpRequest request, string chargePointId) =>
        For(request, request.HttpContext.RequestServices.GetRequiredService<IOptions<OcppOptions>>().Value, chargePointId);
}
