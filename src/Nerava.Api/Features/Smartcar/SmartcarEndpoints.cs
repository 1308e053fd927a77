using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Analytics;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Smartcar;

public sealed record ConnectResponse(string AuthUrl);
public sealed record ConnectedVehicle(string Id, string? Make, string? Model, int? Year, bool Primary, string Status);
public sealed record SmartcarConnectionStatus(bool Connected, bool NeedsReconnect, ConnectedVehicle? Vehicle, IReadOnlyList<ConnectedVehicle> Vehicles);

/// <summary>The seed's Connect flow, with a random single-use state bound to the driver and encrypted tokens.</summary>
public static class SmartcarEndpoints
{
    public static RouteGroupBuilder MapSmartcarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/smartcar").WithTags("Smartcar");
        group.MapGet("/connect", ConnectAsync).RequireAuthorization(Roles.DriverPolicy);
        group.MapGet("/callback", CallbackAsync).AllowAnonymous();
        group.MapGet("/status", StatusAsync).RequireAuthorization(Roles.DriverPolicy);
        group.MapPost("/disconnect", DisconnectAsync).RequireAuthorization(Roles.DriverPolicy);
        return group;
    }

    private static async Task<Ok<ConnectResponse>> ConnectAsync(ClaimsPrincipal user, OAuthStateStore states, SmartcarAuthClient auth,
        IOptions<SmartcarHostOptions> options, CancellationToken ct)
    {
        var state = await states.IssueAsync(user.SubjectId(), ct);
        var url = auth.GetAuthUrl(new ConnectUrlRequest { Scope = options.Value.Scope, State = state });
        return TypedResults.Ok(new ConnectResponse(url.AbsoluteUri));
    }

    private static async Task<RedirectHttpResult> CallbackAsync(string? code, string? state, string? error, OAuthStateStore states,
        SmartcarAuthClient auth, LinkVehicles linker, AnalyticsSink analytics, IOptions<SmartcarHostOptions> options,
        ILogger<ConnectResponse> logger, CancellationToken ct)
    {
        var driverId = await states.ConsumeAsync(state, ct);
        RedirectHttpResult Fail(string reason) => TypedResults.Redirect(options.Value.WebAppUrl($"/smartcar-error?reason={reason}"));
        if (error is not null)
        {
            return Fail(error == "access_denied" ? "access_denied" : "connect_failed");
        }

        if (driverId is null)
        {
            logger.LogWarning("Smartcar callback with an unknown, expired or reused state");
            return Fail("invalid_state");
        }

        if (string.IsNullOrEmpty(code))
        {
            return Fail("missing_code");
        }

        try
        {
            var tokens = await auth.ExchangeCodeAsync(code, ct: ct);
            if (await linker.LinkAsync(driverId.Value, tokens, ct) == 0)
            {
                return Fail("no_vehicles");
            }
        }
        catch (SmartcarException ex)
        {
            logger.LogWarning("Smartcar Connect for driver {DriverId} failed: {Type} {Code}", driverId, ex.Type, ex.Code);
            return Fail("exchange_failed");
        }

        analytics.Capture(new AnalyticsEvent(AnalyticsEvents.SmartcarConnected), driverId.Value.ToString());
        return TypedResults.Redirect(options.Value.WebAppUrl("/smartcar-success"));
    }

    private static async Task<Ok<SmartcarConnectionStatus>> StatusAsync(ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var driverId = user.SubjectId();
        var rows = await db.SmartcarConnections.AsNoTracking().Where(c => c.DriverId == driverId && c.Status != ConnectionStatus.Revoked)
            .OrderByDescending(c => c.IsPrimary).ThenBy(c => c.CreatedAt).ToListAsync(ct);
        var vehicles = rows.Select(c => new ConnectedVehicle(c.VehicleId, c.Make, c.Model, c.Year, c.IsPrimary, c.Status)).ToList();
        var active = vehicles.Where(v => v.Status == ConnectionStatus.Active).ToList();
        return TypedResults.Ok(new SmartcarConnectionStatus(active.Count > 0, vehicles.Any(v => v.Status == ConnectionStatus.NeedsReconnect),
            active.FirstOrDefault(v => v.Primary) ?? active.FirstOrDefault(), vehicles));
    }

    private static async Task<Results<Ok<OkResponse>, ProblemHttpResult>> DisconnectAsync(ClaimsPrincipal user, NeravaDbContext db,
        TokenRefresher refresher, SmartcarVehicleClient vehicles, ILogger<ConnectResponse> logger, TimeProvider clock, CancellationToken ct)
    {
        var driverId = user.SubjectId();
        var rows = await db.SmartcarConnections.Where(c => c.DriverId == driverId && c.Status != ConnectionStatus.Revoked).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return Problems.NotFound(ErrorCodes.SmartcarNotConnected, "No connected vehicle.");
        }

        foreach (var row in rows.Where(r => r.Status == ConnectionStatus.Active))
        {
            try
            {
                var access = await refresher.GetAccessTokenAsync(row.Id, ct);
                await vehicles.DisconnectAsync(row.VehicleId, access, ct);
            }
            catch (Exception ex) when (ex is SmartcarException or ReconnectRequiredException)
            {
                // Revoking our side matters most; Smartcar's grant dies with its tokens anyway.
                logger.LogWarning("Smartcar disconnect of vehicle {VehicleId} failed: {Error}", row.VehicleId, ex.GetType().Name);
            }
        }

        var now = clock.GetUtcNow();
        await db.SmartcarConnections.Where(c => c.DriverId == driverId).ExecuteUpdateAsync(u => u
            .SetProperty(c => c.Status, ConnectionStatus.Revoked).SetProperty(c => c.IsPrimary, false).SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.AccessTokenProtected, "").SetProperty(c => c.RefreshTokenProtected, ""), ct);
        return TypedResults.Ok(new OkResponse(true));
    }
}
