using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Tracking;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.IntegrationTests.Features.Tracking;

/// <summary>Smartcar-tracked sessions awaiting arrival at the San Antonio charger, inserted directly, due now.</summary>
internal static class TrackedSessionSeed
{
    /// <summary>Vehicle ids are <c>veh-0</c> … ; <paramref name="claimBy"/> gives a row's claim order (default: now).</summary>
    public static async Task<List<Guid>> SeedAsync(NeravaApiFactory api, int count, Func<int, DateTimeOffset>? claimBy = null) =>
        await api.WithDbAsync(async d =>
        {
            var now = DateTimeOffset.UtcNow;
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var driver = new Driver { Id = Guid.NewGuid(), Phone = $"+1210555{7000 + i}", CreatedAt = now, VehicleColor = "Blue", VehicleModel = "EV" };
                var session = new ArrivalSessionRow
                {
                    Id = Guid.NewGuid(),
                    DriverId = driver.Id,
                    MerchantId = Demo.StaffMerchant,
                    ChargerId = Demo.SanAntonioCharger,
                    ArrivalType = "ev_curbside",
                    Status = SessionStatus.AwaitingArrival,
                    MerchantReplyCode = (5000 + i).ToString(CultureInfo.InvariantCulture),
                    CreatedAt = now,
                    ExpiresAt = now.AddHours(2),
                    SmartcarEnabled = true,
                    SmartcarVehicleId = $"veh-{i}",
                    OrderNumber = $"W-{i}",
                };
                d.Drivers.Add(driver);
                d.Sessions.Add(session);
                d.TrackedSessions.Add(new TrackedSession
                {
                    SessionId = session.Id,
                    NextPollAt = now.AddSeconds(-1),
                    ClaimBy = claimBy?.Invoke(i) ?? now,
                    UpdatedAt = now,
                });
                ids.Add(session.Id);
            }

            await d.SaveChangesAsync();
            return ids;
        });

    /// <summary>A tracking worker of the test's own (the tests run its rounds or its pipeline themselves).</summary>
    public static TrackingWorker WorkerFor(NeravaApiFactory api) =>
        new(api.Services.GetRequiredService<IServiceScopeFactory>(), api.Services.GetRequiredService<IOptions<TrackingOptions>>(),
            NullLogger<TrackingWorker>.Instance);
}
