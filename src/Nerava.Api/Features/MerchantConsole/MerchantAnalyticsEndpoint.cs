using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Hosting;
using Nerava.Arrival.Analytics;

namespace Nerava.Api.Features.MerchantConsole;

public sealed record AnalyticsPeriod(DateTimeOffset From, DateTimeOffset To, int Arrivals, int Confirmed, double? OnTimeRate,
    double? AverageWaitMinutes, IReadOnlyDictionary<string, int> BySource);

public sealed record MerchantAnalyticsResponse(int OnTimeMinutes, AnalyticsPeriod ThisWeek, AnalyticsPeriod LastWeek);

/// <summary>
/// GET /v1/merchant/analytics?on_time_minutes=N: this week against last week (Monday-based, UTC) for the staff member's
/// merchant — on-time rate (confirmed within N minutes of arrival), average wait after arrival, arrivals by source.
/// </summary>
public static class MerchantAnalyticsEndpoint
{
    public const int DefaultOnTimeMinutes = 5;

    public static async Task<Results<Ok<MerchantAnalyticsResponse>, ValidationProblem>> GetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "on_time_minutes")] int? onTimeMinutes, ClaimsPrincipal user,
        NeravaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (onTimeMinutes is not null and (< 1 or > 120))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["on_time_minutes"] = ["Between 1 and 120."] });
        }

        var merchantId = user.MerchantId();
        var now = clock.GetUtcNow();
        var (thisWeek, lastWeek) = MerchantAnalytics.Weeks(now);
        var rows = await db.Sessions.AsNoTracking()
            .Where(s => s.MerchantId == merchantId && s.GeofenceEnteredAt >= lastWeek && s.GeofenceEnteredAt < now)
            .Select(s => new ArrivalRecord(s.GeofenceEnteredAt!.Value, s.MerchantConfirmedAt, s.ArrivalSource)).ToListAsync(ct);
        var limit = TimeSpan.FromMinutes(onTimeMinutes ?? DefaultOnTimeMinutes);
        AnalyticsPeriod Period(DateTimeOffset from, DateTimeOffset to)
        {
            var f = MerchantAnalytics.Compute([.. rows.Where(r => r.ArrivedAt >= from && r.ArrivedAt < to)], limit);
            return new AnalyticsPeriod(from, to, f.Arrivals, f.Confirmed, f.OnTimeRate, f.AverageWaitMinutes, f.BySource);
        }

        return TypedResults.Ok(new MerchantAnalyticsResponse((int)limit.TotalMinutes, Period(thisWeek, now), Period(lastWeek, thisWeek)));
    }
}
