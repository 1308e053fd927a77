using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nerava.Api.Features.Ocpp;

namespace Nerava.Api.IntegrationTests.Features.Ocpp;

/// <summary>
/// Several API instances on one database: the charger's socket is on one, the driver's request lands on another, and
/// the RemoteStart still reaches the charger (through the database-queued command). An instance restart loses nothing.
/// </summary>
public sealed class CrossInstanceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_start_requested_on_one_instance_reaches_a_charger_connected_to_another_and_survives_a_restart(bool redis)
    {
        // With Redis the other instance is woken at once; without it, its next poll finds the command. A long poll
        // interval makes the Redis case prove the wake-up.
        var settings = new Dictionary<string, string?>
        {
            ["Realtime:RedisConnection"] = redis ? RedisServer.Address : null,
            ["Ocpp:CommandPollInterval"] = redis ? "00:01:00" : "00:00:00.250",
        };
        var a = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, settings);
        using (a.CreateClient())
        {
        }

        await using var b = await NeravaApiFactory.CreateAsync(TestDatabase.Postgres, new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:Nerava"] = a.ConnectionString,
        });
        var site = await b.NewSiteAsync();
        var registered = await b.RegisterChargePointAsync(site);
        var onA = await a.ConnectChargePointAsync(registered);
        var (driver, id) = await b.SessionAtAsync(site);

        (await driver.PostAsJsonAsync($"/v1/arrival/{id}/start-charging", new { connector_id = 1 })).EnsureSuccessStatusCode();

        var row = await b.WaitForSessionAsync(id, r => r.ArrivalSource == "charger", "arrival through the other instance");
        Assert.Equal(1, row.ArrivalStall);
        Assert.Single(onA.Received, r => r.Action == "RemoteStartTransaction");

        // Instance A goes away (a deploy); the charger reconnects to B and B can command it.
        await onA.DisposeAsync();
        await a.DisposeAsync();
        await using var onB = await b.ConnectChargePointAsync(registered);
        var chargePointId = registered.GetProperty("charge_point_id").GetString()!;
        var command = await b.WithScopeAsync(s => s.GetRequiredService<OcppCommands>().RemoteStopAsync(chargePointId, 777, null, CancellationToken.None));
        await CentralSystemTests.WaitAsync(async () => await b.WithDbAsync(d => d.OcppCommands.AnyAsync(c => c.Id == command.Id && c.Status == "answered")),
            "a command after the restart");
        Assert.Single(onB.Received, r => r.Action == "RemoteStopTransaction");
    }
}
