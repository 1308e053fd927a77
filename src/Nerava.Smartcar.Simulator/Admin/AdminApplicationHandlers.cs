using Nerava.Smartcar.Simulator.Applications;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>Registering applications, as the Smartcar Dashboard does.</summary>
public static class AdminApplicationHandlers
{
    public static async Task CreateAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<ApplicationRequest>(context);
        if (request?.RedirectUris is not { Count: > 0 } uris)
        {
            await AdminIo.BadRequestAsync(context, "redirect_uris must list at least one URI.");
            return;
        }

        if (request.ClientId is not null && state.Applications.Find(request.ClientId) is not null)
        {
            await WireJsonConflictAsync(context, request.ClientId);
            return;
        }

        var application = state.RegisterApplication(uris, request.ClientId, request.ClientSecret, request.ManagementToken, request.Name);
        await AdminIo.OkAsync(context, ToResponse(application), StatusCodes.Status201Created);
    }

    /// <summary>Creates or replaces an application with known credentials (hosts that must agree on them up front).</summary>
    public static async Task PutAsync(HttpContext context, string clientId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<ApplicationRequest>(context);
        if (request?.RedirectUris is not { Count: > 0 } uris)
        {
            await AdminIo.BadRequestAsync(context, "redirect_uris must list at least one URI.");
            return;
        }

        var application = state.RegisterApplication(uris, clientId, request.ClientSecret, request.ManagementToken, request.Name);
        await AdminIo.OkAsync(context, ToResponse(application));
    }

    public static Task GetAsync(HttpContext context, string clientId, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Applications.Find(clientId) is { } application
            ? AdminIo.OkAsync(context, ToResponse(application))
            : AdminIo.NotFoundAsync(context, $"No application '{clientId}'.");
    }

    private static ApplicationResponse ToResponse(SimApplication a) => new(a.ClientId, a.ClientSecret, a.ManagementToken, a.Name, a.RedirectUris);

    private static Task WireJsonConflictAsync(HttpContext context, string clientId) =>
        Hosting.WireJson.WriteAsync(
            context, StatusCodes.Status409Conflict, new AdminError("conflict", $"Application '{clientId}' exists; use PUT to replace it."), Hosting.WireJson.Admin);
}
