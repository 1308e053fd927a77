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
}
