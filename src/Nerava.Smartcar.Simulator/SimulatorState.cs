using System.Collections.Concurrent;
using Nerava.Smartcar.Simulator.Applications;
using Nerava.Smartcar.Simulator.Connect;
using Nerava.Smartcar.Simulator.Limits;
using Nerava.Smartcar.Simulator.Token;
using Nerava.Smartcar.Simulator.Webhooks;
using Nerava.Smartcar.Simulator.World;
using Route = Nerava.Smartcar.Simulator.World.Route;

namespace Nerava.Smartcar.Simulator;

/// <summary>
/// Everything the simulator knows, in memory and thread-safe (one singleton per host). The HTTP endpoints are the contract;
/// the public methods here let a benchmark or test drive the same world in-process without HTTP.
/// </summary>
public sealed class SimulatorState
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<InjectedError>> _injectedErrors = new(StringComparer.Ordinal);
    private readonly Lock _randomGate = new();
    private readonly Random _random;
    private FaultSettings _faults;

    public SimulatorState(SimulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Options = options;
        TimeProvider = timeProvider;
        Clock = new SimClock(timeProvider, options.TimeScale);
        World = new SimWorld(Clock);
        Tokens = new TokenStore(timeProvider, options);
        AppBucket = new AppTokenBucket(timeProvider);
        VehicleLimiter = new VehicleRateLimiter(timeProvider);
        _random = new Random(options.RandomSeed);
        _faults = FaultSettings.From(options);

        foreach (var app in options.Applications)
        {
            Applications.Register(app.ClientId, app.ClientSecret, app.ManagementToken, app.Name, app.RedirectUris, app.WebhookId);
        }

        foreach (var v in options.Vehicles)
        {
            World.Add(new VehicleSpec
            {
                Id = v.Id,
                Make = v.Make,
                Model = v.Model,
                Year = v.Year,
                Vin = v.Vin,
                Position = new GeoPoint(v.Latitude, v.Longitude),
                SocPercent = v.SocPercent,
                BatteryKwh = v.BatteryKwh,
                ClientId = v.ClientId,
            });
        }
    }

    /// <summary>Raised after an admin change to a vehicle (trip, charging, override) so webhooks are evaluated promptly.</summary>
    public event EventHandler? WorldChanged;

    public SimulatorOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public SimClock Clock { get; }

    public SimWorld World { get; }

    public ApplicationRegistry Applications { get; } = new();

    public ConnectionStore Connections { get; } = new();

    public TokenStore Tokens { get; }

    public AppTokenBucket AppBucket { get; }

    public VehicleRateLimiter VehicleLimiter { get; }

    public WebhookRegistry Webhooks { get; } = new();

    public SimulatorStats Stats { get; } = new();

    public FaultSettings Faults
    {
        get => Volatile.Read(ref _faults);
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Volatile.Write(ref _faults, value);
            AppBucket.Reset();
            VehicleLimiter.Reset();
        }
    }

    public SimApplication RegisterApplication(IEnumerable<string> redirectUris, string? clientId = null, string? clientSecret = null, string? managementToken = null, string? name = null) =>
        Applications.Register(clientId, clientSecret, managementToken, name, redirectUris);

    public SimVehicle AddVehicle(VehicleSpec spec) => World.Add(spec);

    /// <summary>The vehicle's true state now (simulated time), or null when unknown.</summary>
    public VehicleSnapshot? Snapshot(string vehicleId) => World.Find(vehicleId)?.SnapshotAt(Clock.Now);

    /// <summary>Starts a trip; null when the vehicle is unknown.</summary>
    public Route? StartTrip(string vehicleId, GeoPoint destination, double? speedKmh = null, int? seed = null)
    {
        var vehicle = World.Find(vehicleId);
        if (vehicle is null)
        {
            return null;
        }

        var profile = new RouteProfile(speedKmh ?? Options.CruiseSpeedKmh, Options.CitySpeedKmh);
        var route = vehicle.StartTrip(destination, profile, seed, Clock.Now);
        OnWorldChanged();
        return route;
    }

    /// <summary>Plugs in (with an optional target and charger power) or unplugs; false when the vehicle is unknown.</summary>
    public bool SetCharging(string vehicleId, bool pluggedIn, double? targetPercent = null, double? powerKw = null)
    {
        var vehicle = World.Find(vehicleId);
        if (vehicle is null)
        {
            return false;
        }

        var curve = new ChargeCurve(powerKw ?? Options.DefaultChargePowerKw, vehicle.BatteryKwh);
        vehicle.SetPluggedIn(pluggedIn, targetPercent, curve, Clock.Now);
        OnWorldChanged();
        return true;
    }

    /// <summary>
    /// What approving the Connect page does: connects the vehicles to the application for a user and issues a single-use code.
    /// </summary>
    public (string Code, string UserId) Authorize(string clientId, string redirectUri, IReadOnlyList<string> permissions, IReadOnlyList<string> vehicleIds, string? userId = null)
    {
        var user = string.IsNullOrWhiteSpace(userId) ? Guid.NewGuid().ToString() : userId;
        var now = TimeProvider.GetUtcNow();
        foreach (var vehicleId in vehicleIds)
        {
            Connections.Connect(clientId, vehicleId, user, permissions, now);
        }

        OnWorldChanged();
        return (Tokens.IssueCode(clientId, redirectUri, permissions, vehicleIds, user), user);
    }

    /// <summary>Disconnects a vehicle from an application (v2 DELETE /application); tokens lose access to it.</summary>
    public void Disconnect(string clientId, string vehicleId, Grant? grant = null)
    {
        Connections.Disconnect(clientId, vehicleId);
        grant?.RemoveVehicle(vehicleId);
    }

    /// <summary>Queues an error returned by the vehicle's next <paramref name="count"/> API requests.</summary>
    public void InjectError(string vehicleId, InjectedError error, int count = 1)
    {
        var queue = _injectedErrors.GetOrAdd(vehicleId, _ => new ConcurrentQueue<InjectedError>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(error);
        }
    }

    public InjectedError? TakeInjectedError(string vehicleId) =>
        _injectedErrors.TryGetValue(vehicleId, out var queue) && queue.TryDequeue(out var error) ? error : null;

    /// <summary>A uniform [0, 1) draw from the seeded fault generator.</summary>
    public double NextRandom()
    {
        lock (_randomGate)
        {
            return _random.NextDouble();
        }
    }

    public void OnWorldChanged() => WorldChanged?.Invoke(this, EventArgs.Empty);
}
