using Microsoft.AspNetCore.WebUtilities;
using Nerava.Smartcar.Simulator.Token;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary><c>POST admin/authorizations</c>: what approving the Connect page does, without the HTML (for tests and benchmarks).</summary>
public static class AdminAuthorizationHandlers
{
    public static async Task CreateAsync(HttpContext context, SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request = await AdminIo.ReadAsync<AuthorizationRequest>(context);
        if (request is null || request.VehicleIds is not { Count: > 0 } vehicleIds)
        {
            await AdminIo.BadRequestAsync(context, "client_id, redirect_uri and at least one of vehicle_ids are required.");
            return;
        }

        var application = state.Applications.Find(request.ClientId);
        if (application is null)
        {
            await AdminIo.NotFoundAsync(context, $"No application '{request.ClientId}'.");
            return;
        }

        var redirectUri = request.RedirectUri ?? application.RedirectUris.FirstOrDefault() ?? string.Empty;
        if (!application.AllowsRedirect(redirectUri))
        {
            await AdminIo.BadRequestAsync(context, $"redirect_uri '{redirectUri}' is not registered for the application.");
            return;
        }

        var unknown = vehicleIds.Where(id => state.World.Find(id) is null).ToArray();
        if (unknown.Length > 0)
        {
            await AdminIo.NotFoundAsync(context, $"Unknown vehicles: {string.Join(", ", unknown)}.");
            return;
        }

        var (code, userId) = state.Authorize(application.ClientId, redirectUri, Permissions.Parse(request.Scope), [.. vehicleIds.Distinct()], request.UserId);
        var parameters = new Dictionary<string, string?> { ["code"] = code };
        if (request.State is not null)
        {
            parameters["state"] = request.State;
        }

        parameters["user_id"] = userId;
        await AdminIo.OkAsync(context, new AuthorizationResponse(code, QueryHelpers.AddQueryString(redirectUri, parameters), userId), StatusCodes.Status201Created);
    }
}
