using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;
using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Errors;

namespace Nerava.Api.Features.Smartcar;

/// <summary>The connection needs the driver to connect again (refresh token dead or revoked).</summary>
public sealed class ReconnectRequiredException(string vehicleId) : Exception($"Smartcar connection for vehicle {vehicleId} needs reconnecting.");

/// <summary>
/// Hands out valid access tokens, refreshing proactively before expiry. Smartcar refresh tokens rotate and the old
/// one dies a minute after use, so a refresh is single-flight per grant: an in-process gate, then a database row lock
/// (FOR UPDATE on PostgreSQL; SQLite's single writer) under which the token is re-read before deciding to refresh.
/// </summary>
public sealed class TokenRefresher(NeravaDbContext db, SmartcarAuthClient auth, TokenVault vault, OutboxWriter outbox,
    IOptions<SmartcarHostOptions> options, TimeProvider clock, ILogger<TokenRefresher> logger)
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Gates = new();

    public async Task<string> GetAccessTokenAsync(Guid connectionId, CancellationToken ct)
    {
        var row = await db.SmartcarConnections.AsNoTracking().SingleAsync(c => c.Id == connectionId, ct);
        if (row.Status != ConnectionStatus.Active)
        {
            throw new ReconnectRequiredException(row.VehicleId);
        }

        if (!ExpiresSoon(row))
        {
            return vault.Unprotect(row.AccessTokenProtected);
        }

        var gate = Gates.GetOrAdd(row.GrantId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await RefreshUnderLockAsync(row.GrantId, connectionId, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The access token of a connection row the caller already read (e.g. a whole batch in one query), when it is active and not
    /// due for a refresh; null means: call <see cref="GetAccessTokenAsync"/>, which refreshes under the lock.
    /// </summary>
    public string? CurrentAccessToken(SmartcarConnection row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status == ConnectionStatus.Active && !ExpiresSoon(row) ? vault.Unprotect(row.AccessTokenProtected) : null;
    }

    private bool ExpiresSoon(SmartcarConnection row) => row.AccessExpiresAt - options.Value.RefreshMargin <= clock.GetUtcNow();

    private async Task<string> RefreshUnderLockAsync(Guid grantId, Guid connectionId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockGrantAsync(grantId, ct);
        var rows = await db.SmartcarConnections.Where(c => c.GrantId == grantId).ToListAsync(ct);
        foreach (var r in rows)
        {
            await db.Entry(r).ReloadAsync(ct);
        }

        var current = rows.Single(r => r.Id == connectionId);
        if (current.Status != ConnectionStatus.Active)
        {
            throw new ReconnectRequiredException(current.VehicleId);
        }

        if (!ExpiresSoon(current))
        {
            return vault.Unprotect(current.AccessTokenProtected); // Another caller refreshed while we waited.
        }

        try
        {
            var tokens = await auth.ExchangeRefreshTokenAsync(vault.Unprotect(current.RefreshTokenProtected), ct: ct);
            foreach (var r in rows.Where(r => r.Status == ConnectionStatus.Active))
            {
                r.AccessTokenProtected = vault.Protect(tokens.AccessToken);
                r.RefreshTokenProtected = vault.Protect(tokens.RefreshToken);
                (r.AccessExpiresAt, r.RefreshExpiresAt, r.UpdatedAt) = (tokens.ExpiresAt, tokens.RefreshExpiresAt, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return tokens.AccessToken;
        }
        catch (SmartcarException ex) when (ex.RequiresReauthentication)
        {
            await MarkNeedsReconnectAsync(rows, ex, ct);
            await tx.CommitAsync(ct);
            throw new ReconnectRequiredException(current.VehicleId);
        }
    }

    private async Task LockGrantAsync(Guid grantId, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM smartcar_connections WHERE grant_id = {grantId} FOR UPDATE", ct);
        }
        else
        {
            // A write takes SQLite's database-wide write lock until commit, which serialises refreshes across processes too.
            await db.SmartcarConnections.Where(c => c.GrantId == grantId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, c => c.Status), ct);
        }
    }

    private async Task MarkNeedsReconnectAsync(List<SmartcarConnection> rows, SmartcarException ex, CancellationToken ct)
    {
        logger.LogWarning("Smartcar refresh failed for good ({Type}); connection needs reconnecting", ex.Type);
        foreach (var r in rows)
        {
            r.Status = ConnectionStatus.NeedsReconnect;
        }

        var driverId = rows[0].DriverId;
        var phone = await db.Drivers.Where(d => d.Id == driverId).Select(d => d.Phone).SingleAsync(ct);
        outbox.Enqueue($"smartcar-reconnect:{rows[0].GrantId}", null, OutboxKinds.SmartcarReconnect, NotificationChannel.Sms, phone, null,
            "Nerava: your car's connection expired. Open Nerava and reconnect your car to keep arrival auto-detect on.");
        await db.SaveChangesAsync(ct);
    }
}
