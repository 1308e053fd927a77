namespace Nerava.Smartcar.Simulator.Tests.World;

public sealed class WorldOverHttpTests
{
    [Fact]
    public async Task A_trip_replayed_at_high_time_scale_moves_along_the_route_and_arrives()
    {
        await using var host = await SimulatorHost.StartAsync();
        var vehicleId = await host.CreateVehicleAsync(new { lat = 48.8566, lng = 2.3522, soc_percent = 90 });
        var tokens = await host.ConnectAsync([vehicleId], "read_location read_battery");
        await host.AdminAsync(HttpMethod.Put, "clock", new { time_scale = 3600 });
        var trip = await host.AdminAsync(HttpMethod.Post, $"vehicles/{vehicleId}/trips", new { to_lat = 48.6, to_lng = 2.0, speed_kmh = 110 });
        var route = await host.AdminAsync(HttpMethod.Get, $"vehicles/{vehicleId}/route");
        var points = route["points"]!.AsArray().Select(p => (Lat: p!["lat"]!.GetValue<double>(), Lng: p["lng"]!.GetValue<double>())).ToArray();

        host.FakeTime.Advance(TimeSpan.FromSeconds(trip["duration_seconds"]!.GetValue<double>() / 3600 / 2));
        using var midway = await host.GetAsync($"v2.0/vehicles/{vehicleId}/location", tokens.AccessToken);
        var state = await host.AdminAsync(HttpMethod.Get, $"vehicles/{vehicleId}");
        host.FakeTime.Advance(TimeSpan.FromSeconds(trip["duration_seconds"]!.GetValue<double>() / 3600));
        var arrived = await host.AdminAsync(HttpMethod.Get, $"vehicles/{vehicleId}");

        Assert.InRange(trip["circuity"]!.GetValue<double>(), 1.2, 1.35);
        var position = await SimulatorHost.ReadJsonAsync(midway);
        var (lat, lng) = (position["latitude"]!.GetValue<double>(), position["longitude"]!.GetValue<double>());
        Assert.True(points.Zip(points.Skip(1)).Any(s => Between(lat, s.First.Lat, s.Second.Lat) && Between(lng, s.First.Lng, s.Second.Lng)), "midway position is on the polyline");
        Assert.True(state["moving"]!.GetValue<bool>());
        Assert.InRange(state["distance_travelled_km"]!.GetValue<double>(), 0.3 * trip["route_km"]!.GetValue<double>(), 0.7 * trip["route_km"]!.GetValue<double>());
        Assert.True(arrived["arrived"]!.GetValue<bool>());
        Assert.Equal(48.6, arrived["lat"]!.GetValue<double>(), 6);
        Assert.Equal(2.0, arrived["lng"]!.GetValue<double>(), 6);
        Assert.True(arrived["soc_percent"]!.GetValue<double>() < 90);
    }

    private static bool Between(double value, double a, double b) => value >= Math.Min(a, b) - 1e-6 && value <= Math.Max(a, b) + 1e-6;
}
