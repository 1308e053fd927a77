using Nerava.Smartcar.Simulator.Admin;
using Nerava.Smartcar.Simulator.Connect;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.V3;
using Nerava.Smartcar.Simulator.Vehicles;

namespace Nerava.Smartcar.Simulator;

public static class SimulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every simulator route under <paramref name="prefix"/> on one origin (the Node SDK derives the Connect URL from
    /// SMARTCAR_API_ORIGIN, so Connect, tokens, v2, v3 and management must share it):
    /// <c>oauth/authorize</c>, <c>oauth/token</c>, <c>oauth2/token</c> (v3 IAM), <c>v2.0/…</c>, <c>v3/…</c>, <c>admin/…</c>.
    /// </summary>
    public static RouteGroupBuilder MapSmartcarSimulator(this IEndpointRouteBuilder app, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(app);
        var normalized = "/" + (prefix ?? string.Empty).Trim('/');
        var group = app.MapGroup(normalized);
        group.MapConnect();
        group.MapTokens();
        group.MapV2();
        group.MapV3();
        group.MapAdmin();
        return group;
    }
}
