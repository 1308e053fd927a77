using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nerava.Api.Data;
using Nerava.Api.Features.Arrival;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.MerchantConsole;

/// <summary>The merchant console's API: its own merchant's arrivals only.</summary>
public static class MerchantConsoleEndpoints
{
    public static RouteGroupBuilder MapMerchantConsoleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/merchant").WithTags("Merchant").RequireAuthorization(Roles.MerchantPolicy);
        group.MapGet("/arrivals", ListAsync);
        group.MapPost("/arrivals/{id:guid}/confirm", MerchantConfirm.HandleAsync);
        group.MapGet("/settings", MerchantSettingsHandlers.GetAsync);
        group.MapPut("/settings", MerchantSettingsHandlers.PutAsync);
        group.MapGet("/analytics", MerchantAnalyticsEndpoint.GetAsync);
        return group;
    }

    private static async Task<Results<Ok<List<MerchantArrival>>, ValidationProblem>> ListAsync(string? status, ClaimsPrincipal user,
        NeravaDbContext db, CatalogCache catalog, TimeProvider clock, CancellationToken ct)
    {
        var filter = SessionStatus.PendingOrder;
        if (status is not null && !SessionStatusNames.TryParse(status, out filter))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["status"] = ["Unknown status."] });
        }

        var merchantId = user.MerchantId();
        var since = clock.GetUtcNow().AddDays(-2);
        var rows = status is null
            ? await BoardQueries.Board(db, merchantId, since, ct)
            : await BoardQueries.WithStatus(db, merchantId, filter, ct);
        var arrivals = new List<MerchantArrival>(rows.Count);
        foreach (var row in rows)
        {
            arrivals.Add(await StaffArrivalView.LoadAsync(catalog, row, ct));
        }

        return TypedResults.Ok(arrivals);
    }
}
