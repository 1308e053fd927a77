using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Smartcar;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

/// <summary>Fetches a tracked vehicle's state. Tests swap in their own; the product uses Smartcar.</summary>
public interface IVehiclePoller
{
    Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct);

    /// <summary>
    /// Polls spending at most <paramref name="maxRequests"/> requests as Smartcar counts them (retries included); the snapshot's
    /// <see cref="VehicleSnapshot.BillableRequests"/> says what was spent.
    /// </summary>
    Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, int? maxRequests, CancellationToken ct) =>
        PollAsync(driverId, vehicleId, kinds, ct);

    /// <summary>Requests Smartcar counts for one read of <paramref name="kinds"/> without retries.</summary>
    int RequestsPerPoll(VehicleDataKinds kinds) => 1;

    /// <summary>Looks up what a batch of polls about to start will need, in one go (optional).</summary>
    Task PrefetchAsync(IReadOnlyCollection<(Guid DriverId, string VehicleId)> vehicles, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// Smartcar through the version-neutral client. The driver's connection and a valid token come from the batch's lookup
/// (<see cref="PrefetchAsync"/>: one query for all its cars) or, failing that, a lookup of its own; a token due for refresh goes
/// through TokenRefresher. Database work happens in short scopes of its own, so no context is held while Smartcar takes its
/// 3–45 s to answer. Reads every part when that costs no more requests (v3's signal list) than the parts asked for.
/// </summary>
public sealed class SmartcarVehiclePoller(IServiceScopeFactory scopes, IVehicleDataClient vehicles, ILogger<SmartcarVehiclePoller> logger) : IVehiclePoller
{
    private readonly ConcurrentDictionary<(Guid, string), Prefetched> _prefetched = new();

    public Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, CancellationToken ct) =>
        PollAsync(driverId, vehicleId, kinds, null, ct);

    public async Task<VehicleSnapshot> PollAsync(Guid driverId, string vehicleId, VehicleDataKinds kinds, int? maxRequests, CancellationToken ct)
    {
        var access = _prefetched.TryRemove((driverId, vehicleId), out var known) && known.Token is { } token
            ? new VehicleAccess(vehicleId, token, known.SmartcarUserId)
            : await LookUpAsync(driverId, vehicleId, ct);
        var read = vehicles.BillableRequestsPerRead(VehicleDataKinds.All) <= vehicles.BillableRequestsPerRead(kinds) ? VehicleDataKinds.All : kinds;
        try
        {
            return await vehicles.GetSnapshotAsync(access with { MaxBillableRequests = maxRequests }, read, ct);
        }
        catch (SmartcarException ex) when (ex.RequiresReauthentication || ex.ErrorType == SmartcarErrorType.Authentication)
        {
            // The token was revoked or lost its permissions: only the driver can fix that, by reconnecting.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NeravaDbContext>().SmartcarConnections
                .Where(c => c.DriverId == driverId && c.VehicleId == vehicleId && c.Status == ConnectionStatus.Active)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, ConnectionStatus.NeedsReconnect), ct);
            throw new ReconnectRequiredException(vehicleId);
        }
    }

    public int RequestsPerPoll(VehicleDataKinds kinds) => vehicles.BillableRequestsPerRead(kinds);

    public async Task PrefetchAsync(IReadOnlyCollection<(Guid DriverId, string VehicleId)> cars, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
            var tokens = scope.ServiceProvider.GetRequiredService<TokenRefresher>();
            var vehicleIds = cars.Select(c => c.VehicleId).Distinct().ToList();
            var wanted = cars.ToHashSet();
            var rows = await db.SmartcarConnections.AsNoTracking().Where(c => vehicleIds.Contains(c.VehicleId) && c.Status == ConnectionStatus.Active).ToListAsync(ct);
            foreach (var row in rows.Where(r => wanted.Contains((r.DriverId, r.VehicleId))))
            {
                _prefetched[(row.DriverId, row.VehicleId)] = new Prefetched(row.SmartcarUserId, tokens.CurrentAccessToken(row));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Each poll then looks its car up on its own.
            logger.LogWarning(ex, "Looking up {Count} Smartcar connections failed", cars.Count);
        }
    }

    private async Task<VehicleAccess> LookUpAsync(Guid driverId, string vehicleId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var connection = await db.SmartcarConnections.AsNoTracking()
            .Where(c => c.DriverId == driverId && c.VehicleId == vehicleId && c.Status == ConnectionStatus.Active)
            .Select(c => new { c.Id, c.SmartcarUserId }).FirstOrDefaultAsync(ct)
            ?? throw new ReconnectRequiredException(vehicleId);
        var token = await scope.ServiceProvider.GetRequiredService<TokenRefresher>().GetAccessTokenAsync(connection.Id, ct);
        return new VehicleAccess(vehicleId, token, connection.SmartcarUserId);
    }

    /// <summary>A connection found by the batch lookup; a null token is due for refresh.</summary>
    private sealed record Prefetched(string? SmartcarUserId, string? Token);
}
