using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Ocpp;
using Nerava.Arrival.Sessions;
using Nerava.Ocpp.Simulator;

namespace Nerava.Api.Features.Demo;

/// <summary>
/// Embedded default: the demo sites' charge points run as simulated chargers that connect to this very API over OCPP
/// on loopback (keys issued at start, never shipped). The demo drive ends with the car plugging in at stall 2.
/// </summary>
public sealed class ChargePointSimulatorHost(IServer server, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    IConfiguration configuration, ILoggerFactory loggers, ILogger<ChargePointSimulatorHost> logger) : BackgroundService
{
    public const string EnabledKey = "ChargePointSimulator:Enabled";
    private ChargePointFleet? _fleet;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only beside the Smartcar simulator (embedded default, Development), and never with other people's keys.
        if (!configuration.GetValue(EnabledKey, true) || !string.Equals(configuration["Smartcar:Mode"], "Simulated", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            logger.LogInformation("No server address (in-memory host); simulated charge points stay off");
            return;
        }

        var endpoint = new Uri(Loopback(address).Replace("http", "ws", StringComparison.Ordinal).TrimEnd('/') + OcppEndpoint.Path);
        var demo = DemoCatalog.Load(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", "demo-catalog.json")).Chargers
            .SelectMany(c => c.OcppChargePoints ?? []).Select(c => c.Id).ToList();
        List<(string Id, int Connectors)> points;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
            points = (await db.ChargePoints.AsNoTracking().Where(c => demo.Contains(c.Id)).Select(c => new { c.Id, Count = c.Connectors.Count })
                .ToListAsync(stoppingToken)).Select(c => (c.Id, c.Count)).ToList();
        }

        _fleet = new ChargePointFleet(loggers: loggers);
        foreach (var (id, connectors) in points)
        {
            _fleet.Add(new ChargePointOptions { Endpoint = endpoint, Identity = id, Password = "", Connectors = connectors }, ct => IssueKeyAsync(id, ct));
        }

        logger.LogInformation("Simulated OCPP charge points {Ids} connecting to {Endpoint}", string.Join(", ", points.Select(p => p.Id)), endpoint);
    }

    /// <summary>After the driver's session at <paramref name="chargerId"/> arrives, plugs the car in at stall 2 (no idTag: the corroboration path).</summary>
    public void PlugInAfterArrival(Guid driverId, string chargerId) => _ = Task.Run(async () =>
    {
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(15);
            while (DateTime.UtcNow < deadline && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), lifetime.ApplicationStopping);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
                if (!await db.Sessions.AnyAsync(s => s.DriverId == driverId && s.ChargerId == chargerId
                                                     && (s.Status == SessionStatus.Arrived || s.Status == SessionStatus.MerchantNotified)))
                {
                    continue;
                }

                var stall = await db.ChargePointConnectors.AsNoTracking()
                    .Where(k => db.ChargePoints.Any(c => c.Id == k.ChargePointId && c.ChargerId == chargerId))
                    .OrderBy(k => k.Stall == 2 ? 0 : 1).ThenBy(k => k.Stall).FirstOrDefaultAsync();
                if (stall is not null && _fleet?.Find(stall.ChargePointId) is { } point)
                {
                    await point.PlugInAsync(stall.ConnectorId, lifetime.ApplicationStopping);
                }

                return;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogInformation("Demo plug-in skipped: {Reason}", ex.Message);
        }
    });

    private async Task<string> IssueKeyAsync(string chargePointId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<ChargePointRegistration>().IssueKeyAsync(chargePointId, ct);
        return issued?.AuthorizationKey ?? throw new InvalidOperationException($"Charge point {chargePointId} is gone.");
    }

    private static string Loopback(string address) =>
        address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _fleet, null) is { } fleet)
        {
            await fleet.DisposeAsync();
        }

        await base.StopAsync(cancellationToken);
    }
}
