using Microsoft.AspNetCore.WebUtilities;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>
/// Smartcar Connect: <c>GET oauth/authorize</c> shows the grant screen, the form posts back to <c>POST oauth/authorize</c>.
/// An unknown client or unregistered redirect URI gets an error page and never a redirect (RFC 6749 §4.1.2.1: redirecting
/// there would make the simulator an open redirector).
/// </summary>
public static class ConnectEndpoints
{
    private static readonly string[] Modes = ["live", "test", "simulated"];

    public static void MapConnect(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("oauth/authorize", ShowAsync);
        group.MapPost("oauth/authorize", DecideAsync).DisableAntiforgery();
    }

    private static async Task ShowAsync(HttpContext context, SimulatorState state, ConsentTicketStore tickets)
    {
        var query = context.Request.Query;
        state.Stats.CountRequest("connect GET /oauth/authorize");
        var application = state.Applications.Find(query["client_id"]);
        if (application is null)
        {
            await ErrorPageAsync(context, "Invalid client", "The client_id is missing or not registered.");
            return;
        }

        var redirectUri = query["redirect_uri"].ToString();
        if (redirectUri.Length == 0 && application.RedirectUris.Count > 0)
        {
            // Newer docs: without redirect_uri the application's default (first) URI is used.
            redirectUri = application.RedirectUris[0];
        }

        if (!application.AllowsRedirect(redirectUri))
        {
            await ErrorPageAsync(context, "Invalid redirect URI", $"The redirect_uri '{redirectUri}' is not registered for this application.");
            return;
        }

        var stateParam = query.TryGetValue("state", out var s) ? s.ToString() : null;
        var responseType = query["response_type"].ToString();
        var mode = query["mode"].ToString();
        if ((responseType.Length > 0 && responseType != "code") || (mode.Length > 0 && !Modes.Contains(mode)))
        {
            context.Response.Redirect(ErrorRedirect(redirectUri, "invalid_request", "Unsupported response_type or mode.", stateParam));
            return;
        }

        var vehicles = Offered(state, application.ClientId, query["make"], query["single_select_vin"]);
        var ticket = new ConsentTicket(
            Guid.NewGuid().ToString("N"),
            application.ClientId,
            application.Name,
            redirectUri,
            stateParam,
            Permissions.Parse(query["scope"]),
            [.. vehicles.Select(v => v.Id)],
            string.Equals(query["single_select"], "true", StringComparison.OrdinalIgnoreCase),
            mode.Length == 0 ? "live" : mode,
            state.TimeProvider.GetUtcNow() + state.Options.AuthorizationCodeLifetime);
        tickets.Add(ticket);
        await HtmlAsync(context, StatusCodes.Status200OK, ConsentPage.Render(ticket, vehicles, FormAction(context)));
    }

    private static async Task DecideAsync(HttpContext context, SimulatorState state, ConsentTicketStore tickets)
    {
        state.Stats.CountRequest("connect POST /oauth/authorize");
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var ticket = tickets.Find(form["ticket"]);
        if (ticket is null)
        {
            await ErrorPageAsync(context, "Session expired", "This Connect session is unknown or expired. Start again from the application.");
            return;
        }

        if (form["decision"] == "deny")
        {
            tickets.Consume(ticket.Id);
            context.Response.Redirect(ErrorRedirect(ticket.RedirectUri, "access_denied", "User denied access to application.", ticket.State));
            return;
        }

        if (ticket.OfferedVehicleIds.Count == 0)
        {
            tickets.Consume(ticket.Id);
            context.Response.Redirect(ErrorRedirect(ticket.RedirectUri, "no_vehicles", "No vehicles are available for this account.", ticket.State));
            return;
        }

        var selected = form["vehicle_id"].Where(id => id is not null && ticket.OfferedVehicleIds.Contains(id)).Select(id => id!).Distinct().ToArray();
        var problem = selected.Length == 0 ? "Select at least one vehicle."
            : ticket.SingleSelect && selected.Length > 1 ? "Select exactly one vehicle."
            : null;
        if (problem is not null)
        {
            var vehicles = ticket.OfferedVehicleIds.Select(state.World.Find).OfType<SimVehicle>().ToArray();
            await HtmlAsync(context, StatusCodes.Status400BadRequest, ConsentPage.Render(ticket, vehicles, FormAction(context), problem));
            return;
        }

        tickets.Consume(ticket.Id);
        var (code, userId) = state.Authorize(ticket.ClientId, ticket.RedirectUri, ticket.Permissions, selected);
        var parameters = new Dictionary<string, string?> { ["code"] = code };
        if (ticket.State is not null)
        {
            parameters["state"] = ticket.State;
        }

        // Newer (v3) docs: the redirect also carries the user id to send as sc-user-id.
        parameters["user_id"] = userId;
        context.Response.Redirect(QueryHelpers.AddQueryString(ticket.RedirectUri, parameters));
    }

    /// <summary>Vehicles the owner can pick: shared ones plus the application's own, filtered by make or VIN.</summary>
    private static SimVehicle[] Offered(SimulatorState state, string clientId, string? make, string? vin) =>
        [.. state.World.Vehicles
            .Where(v => v.ClientId is null || v.ClientId == clientId)
            .Where(v => string.IsNullOrEmpty(make) || string.Equals(v.Make, make, StringComparison.OrdinalIgnoreCase))
            .Where(v => string.IsNullOrEmpty(vin) || string.Equals(v.Vin, vin, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .Take(ConsentPage.MaxListed)];

    public static string ErrorRedirect(string redirectUri, string error, string description, string? state)
    {
        var parameters = new Dictionary<string, string?> { ["error"] = error, ["error_description"] = description };
        if (state is not null)
        {
            parameters["state"] = state;
        }

        return QueryHelpers.AddQueryString(redirectUri, parameters);
    }

    // The group prefix is part of Request.Path, so posting to the same path works under any mount point.
    private static string FormAction(HttpContext context) => context.Request.PathBase + context.Request.Path;

    private static Task ErrorPageAsync(HttpContext context, string title, string message) =>
        HtmlAsync(context, StatusCodes.Status400BadRequest, ConsentPage.RenderError(title, message));

    private static async Task HtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }
}
