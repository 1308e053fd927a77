using System.Text.Json;
using Nerava.Arrival.Policy;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Policy;

public class TrackingMemoryJsonTests
{
    [Fact]
    public void Memory_round_trips_through_System_Text_Json()
    {
        var driver = new SessionDriver(Places.Session());
        driver.Feed(Places.CarFix(5_000, Places.T0));
        driver.Feed(Places.CarFix(3_500, Places.T0.AddMinutes(1)) with
        {
            Charge = new ChargeReading(42.5, ChargeState.NotCharging, false, Places.T0.AddMinutes(1)),
        });
        var memory = driver.Session.Memory;

        var json = JsonSerializer.Serialize(memory);
        var back = JsonSerializer.Deserialize<TrackingMemory>(json)!;

        Assert.Equal(memory.RecentFixes, back.RecentFixes);
        Assert.Equal(memory.RecentCharge, back.RecentCharge);
        Assert.Equal(memory.SpeedMps, back.SpeedMps);
        Assert.Equal(memory.EtaMinutes, back.EtaMinutes);
        Assert.Equal(memory.ConsecutiveInside, back.ConsecutiveInside);
        Assert.Equal(memory.HeadsUpSent, back.HeadsUpSent);
        Assert.True(back.HeadsUpSent);
        Assert.Equal(2, back.RecentFixes.Count);
        Assert.DoesNotContain("Empty", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_memory_serialises_and_reads_back_empty()
    {
        var back = JsonSerializer.Deserialize<TrackingMemory>(JsonSerializer.Serialize(TrackingMemory.Empty))!;

        Assert.Empty(back.RecentFixes);
        Assert.Empty(back.RecentCharge);
        Assert.Null(back.SpeedMps);
        Assert.Null(back.LastFix());
    }
}
