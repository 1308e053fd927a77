using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.V3;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.Tests.Simulator;

/// <summary>The DI-built client driving the simulator over real HTTP (Kestrel on 127.0.0.1).</summary>
public sealed class SimulatorRoundTripTests
{
    private const string Scope = "read_vehicle_info read_location read_battery read_charge";
    private const double Lat = 37.7749;
    private const double Lng = -122.4194;

    private static ServiceProvider CreateClientServices(SimulatorHost simulator, string clientId, string clientSecret, string apiVersion = "2.0") =>
        new ServiceCollection().AddSmartcarClient(o =>
        {
            o.ClientId = clientId;
            o.ClientSecret = clientSecret;
            o.RedirectUri = SimulatorHost.RedirectUri;
            o.Mode = SmartcarMode.Simulated;
            o.ApiVersion = apiVersion;
            o.ConnectOrigin = o.AuthOrigin = o.ApiOrigin = o.VehicleApiOrigin = o.IamOrigin = o.ManagementOrigin = simulator.Origin;
        }).BuildServiceProvider();

    private static async Task<(ServiceProvider Services, string VehicleId, TokenSet Tokens, string UserId)> ConnectAsync(
        SimulatorHost simulator,
        string apiVersion = "2.0")
    {
        var (clientId, clientSecret, _) = await simulator.CreateApplicationAsync();
        var vehicleId = await simulator.CreateVehicleAsync("TESLA", "Model 3", 2022, Lat, Lng, 64);
        var (code, _, userId) = await simulator.AuthorizeAsync(clientId, "state-1", Scope, vehicleId);
        var services = CreateClientServices(simulator, clientId, clientSecret, apiVersion);
        var tokens = await services.GetRequiredService<SmartcarAuthClient>().ExchangeCodeAsync(code);
        return (services, vehicleId, tokens, userId);
    }

    [Fact]
    public async Task Authorization_redirect_carries_code_state_and_user_id()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (clientId, _, _) = await simulator.CreateApplicationAsync();
        var vehicleId = await simulator.CreateVehicleAsync("TESLA", "Model 3", 2022, Lat, Lng, 64);

        var (code, redirectUrl, userId) = await simulator.AuthorizeAsync(clientId, "state-9", Scope, vehicleId);

        var query = QueryHelpers.ParseQuery(new Uri(redirectUrl).Query);
        Assert.StartsWith(SimulatorHost.RedirectUri, redirectUrl, StringComparison.Ordinal);
        Assert.Equal(code, query["code"].ToString());
        Assert.Equal("state-9", query["state"].ToString());
        Assert.Equal(userId, query["user_id"].ToString());
    }

    [Fact]
    public async Task Code_exchange_then_vehicles_and_attributes()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, tokens, _) = await ConnectAsync(simulator);
        using var _ = services;
        var client = services.GetRequiredService<SmartcarVehicleClient>();

        var vehicles = await client.GetVehiclesAsync(tokens.AccessToken, limit: 10, offset: 0);
        var attributes = await client.GetAttributesAsync(vehicleId, tokens.AccessToken);
        var permissions = await client.GetPermissionsAsync(vehicleId, tokens.AccessToken);

        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.True(tokens.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(110));
        Assert.Equal([vehicleId], vehicles.Data.Vehicles);
        Assert.Equal(new VehicleAttributes(vehicleId, "TESLA", "Model 3", 2022), attributes.Data);
        Assert.False(string.IsNullOrEmpty(attributes.Meta.RequestId));
        Assert.Contains("read_location", permissions.Data.Permissions);
    }

    [Fact]
    public async Task A_used_code_cannot_be_exchanged_twice()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (clientId, clientSecret, _) = await simulator.CreateApplicationAsync();
        var vehicleId = await simulator.CreateVehicleAsync("TESLA", "Model 3", 2022, Lat, Lng, 64);
        var (code, _, _) = await simulator.AuthorizeAsync(clientId, "s", Scope, vehicleId);
        using var services = CreateClientServices(simulator, clientId, clientSecret);
        var auth = services.GetRequiredService<SmartcarAuthClient>();

        await auth.ExchangeCodeAsync(code);
        var error = await Assert.ThrowsAsync<SmartcarException>(() => auth.ExchangeCodeAsync(code));

        Assert.Equal(SmartcarErrorType.OAuth, error.ErrorType);
        Assert.Equal("invalid_grant", error.Type);
    }

    [Fact]
    public async Task Refresh_rotates_and_the_old_refresh_token_dies_after_the_grace_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var simulator = await SimulatorHost.StartAsync(time: time);
        var (services, vehicleId, first, _) = await ConnectAsync(simulator);
        using var _ = services;
        var auth = services.GetRequiredService<SmartcarAuthClient>();

        var second = await auth.ExchangeRefreshTokenAsync(first.RefreshToken);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        var location = await services.GetRequiredService<SmartcarVehicleClient>().GetLocationAsync(vehicleId, second.AccessToken);
        Assert.Equal(Lat, location.Data.Latitude, 4);

        time.Advance(TimeSpan.FromSeconds(61));
        var error = await Assert.ThrowsAsync<SmartcarException>(() => auth.ExchangeRefreshTokenAsync(first.RefreshToken));
        Assert.Equal("invalid_grant", error.Type);
        Assert.True(error.RequiresReauthentication);

        var third = await auth.ExchangeRefreshTokenAsync(second.RefreshToken);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
    }

    [Fact]
    public async Task V2_location_battery_charge_and_batch_snapshot()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, tokens, _) = await ConnectAsync(simulator);
        using var _ = services;
        var client = services.GetRequiredService<SmartcarVehicleClient>();

        var location = await client.GetLocationAsync(vehicleId, tokens.AccessToken);
        var battery = await client.GetBatteryAsync(vehicleId, tokens.AccessToken);
        var charge = await client.GetChargeAsync(vehicleId, tokens.AccessToken);
        var snapshot = await services.GetRequiredService<IVehicleDataClient>()
            .GetSnapshotAsync(new VehicleAccess(vehicleId, tokens.AccessToken), VehicleDataKinds.All);

        Assert.Equal(Lat, location.Data.Latitude, 4);
        Assert.Equal(Lng, location.Data.Longitude, 4);
        Assert.NotNull(location.Meta.DataAge);
        Assert.Equal(0.64, battery.Data.PercentRemaining, 2);
        Assert.Equal("metric", battery.Meta.UnitSystem);
        Assert.False(charge.Data.IsPluggedIn);
        Assert.Equal(ChargeState.NotCharging, charge.Data.ChargeState);

        Assert.Equal("2.0", services.GetRequiredService<IVehicleDataClient>().ApiVersion);
        Assert.Equal(1, snapshot.HttpCalls);
        Assert.Empty(snapshot.Failures);
        Assert.Equal(64, snapshot.StateOfChargePercent!.Value, 1);
        Assert.Equal(Lat, snapshot.Location!.Latitude, 4);
        Assert.Equal(ChargeState.NotCharging, snapshot.ChargeState);
        Assert.False(snapshot.IsPluggedIn);
    }

    [Fact]
    public async Task V3_signals_with_the_application_token_and_sc_user_id()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, _, userId) = await ConnectAsync(simulator, apiVersion: "3");
        using var _ = services;
        var access = new VehicleAccess(vehicleId, null, userId);
        var v3 = services.GetRequiredService<SmartcarV3Client>();

        var vehicle = await v3.GetVehicleAsync(access);
        var soc = await v3.GetSignalAsync(access, SignalCodes.StateOfCharge);
        var snapshot = await services.GetRequiredService<IVehicleDataClient>().GetSnapshotAsync(access, VehicleDataKinds.All);

        Assert.Equal(("TESLA", "Model 3", 2022), (vehicle.Data.Make, vehicle.Data.Model, vehicle.Data.Year));
        Assert.Equal(64, soc.Data.GetNumber("value")!.Value, 1);
        Assert.NotNull(soc.Data.RecordedAt);
        Assert.Equal("3", services.GetRequiredService<IVehicleDataClient>().ApiVersion);
        Assert.Equal(64, snapshot.StateOfChargePercent!.Value, 1);
        Assert.Equal(Lat, snapshot.Location!.Latitude, 4);
        Assert.Equal(Lng, snapshot.Location.Longitude, 4);
        Assert.Equal(ChargeState.NotCharging, snapshot.ChargeState);
    }

    [Fact]
    public async Task V3_application_token_for_another_user_is_refused()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, _, _) = await ConnectAsync(simulator, apiVersion: "3");
        using var _ = services;

        var error = await Assert.ThrowsAsync<SmartcarException>(() =>
            services.GetRequiredService<SmartcarV3Client>().GetSignalsAsync(new VehicleAccess(vehicleId, null, "someone-else")));

        Assert.Equal(SmartcarErrorType.Permission, error.ErrorType);
        Assert.Equal(403, error.StatusCode);
    }

    [Fact]
    public async Task Vehicle_rate_limit_surfaces_with_retry_after_and_is_not_retried_in_the_call()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, tokens, _) = await ConnectAsync(simulator);
        using var _ = services;
        await simulator.PutFaultsAsync(new JsonObject { ["vehicle_rate_limit_per_hour"] = 1 });
        var client = services.GetRequiredService<SmartcarVehicleClient>();

        await client.GetLocationAsync(vehicleId, tokens.AccessToken);
        var error = await Assert.ThrowsAsync<SmartcarException>(() => client.GetLocationAsync(vehicleId, tokens.AccessToken));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(SmartcarErrorType.RateLimit, error.ErrorType);
        Assert.Equal("VEHICLE", error.Code);
        Assert.True(error.RetryAfter > TimeSpan.FromSeconds(30), $"Retry-After {error.RetryAfter}");
        Assert.True(error.IsRetryable);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task Disconnect_revokes_access()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var (services, vehicleId, tokens, _) = await ConnectAsync(simulator);
        using var _ = services;
        var client = services.GetRequiredService<SmartcarVehicleClient>();

        var result = await client.DisconnectAsync(vehicleId, tokens.AccessToken);
        var error = await Assert.ThrowsAsync<SmartcarException>(() => client.GetLocationAsync(vehicleId, tokens.AccessToken));

        Assert.Equal("success", result.Data.Status);
        Assert.Equal(SmartcarErrorType.Authentication, error.ErrorType);
        Assert.Equal(401, error.StatusCode);
    }
}
