using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Ocpp;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

public sealed class ChargingStatusRaceTests
{
    [Theory, ClassData(typeof(BothDatabases))]
    public async Task A_late_accepted_reply_never_overwrites_the_started_charge_that_overtook_it(TestDatabase db)
    {
        var race = new RaceBeforeCommit();
        await using var api = await NeravaApiFactory.CreateAsync(db, testServices: RaceBeforeCommit.Install(race));
        var (driver, _) = await api.LoginDriverAsync();
        var id = Guid.Parse((await driver.CreateSessionFromDallasAsync()).Id());
        await SetAsync(api, id, ChargingStatuses.Requested, 2);

        // The pump read the session to record the charger's "Accepted"; the StartTransaction commits "started" first.
        race.ArmUpdate(id, () => SetAsync(api, id, ChargingStatuses.Started, 2));
        await SetAsync(api, id, ChargingStatuses.Accepted, null);

        Assert.Equal(1, race.Fired);
        var status = await api.WithDbAsync(d => d.Sessions.AsNoTracking().Where(s => s.Id == id).Select(s => s.ChargingStatus).SingleAsync());
        Assert.Equal(ChargingStatuses.Started, status);
    }

    [Theory]
    [InlineData(null, ChargingStatuses.Requested, true)]
    [InlineData(ChargingStatuses.Requested, ChargingStatuses.Accepted, true)]
    [InlineData(ChargingStatuses.Accepted, ChargingStatuses.Started, true)]
    [InlineData(ChargingStatuses.Started, ChargingStatuses.Accepted, false)]
    [InlineData(ChargingStatuses.Started, ChargingStatuses.Failed, false)]
    [InlineData(ChargingStatuses.Started, ChargingStatuses.Stopped, true)]
    [InlineData(ChargingStatuses.Stopped, ChargingStatuses.Started, false)]
    [InlineData(ChargingStatuses.Rejected, ChargingStatuses.Requested, true)]
    public void The_charging_status_only_moves_forward_except_for_a_new_request(string? current, string next, bool supersedes) =>
        Assert.Equal(supersedes, ChargingStatuses.Supersedes(current, next));

    private static Task SetAsync(NeravaApiFactory api, Guid id, string status, int? stall) =>
        api.WithScopeAsync(s => s.GetRequiredService<ChargerSignals>().ChargingStatusAsync(id, status, stall, CancellationToken.None));
}
