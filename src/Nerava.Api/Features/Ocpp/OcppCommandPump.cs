using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Ocpp.Connections;
using Nerava.Ocpp.Framing;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// Sends queued commands to the charge points whose sockets this instance holds. A command is claimed with a guarded
/// update (pending → sending), so two instances never both send it; commands nobody could send expire.
/// </summary>
public sealed class OcppCommandPump(IServiceScopeFactory scopes, OcppConnectionRegistry registry, OcppCommandWakeup wakeup,
    IOptions<OcppOptions> options, TimeProvider clock, ILogger<OcppCommandPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wakeup.WaitAsync(options.Value.CommandPollInterval, stoppingToken);
                await PumpOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "OCPP command pump pass failed");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>On shutdown, the chargers this instance held are offline until they reconnect (to any instance).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var presence = new OcppPresence(scopes, clock);
        foreach (var id in registry.Identities)
        {
            await presence.DisconnectedAsync(id, cancellationToken);
        }
    }

    private async Task PumpOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        var now = clock.GetUtcNow();
        await ExpireAsync(db, scope.ServiceProvider.GetRequiredService<ChargerSignals>(), now, ct);
        var held = registry.Identities.ToList();
        if (held.Count == 0)
        {
            return;
        }

        var due = await db.OcppCommands.AsNoTracking().Where(c => c.Status == OcppCommandStatus.Pending && held.Contains(c.ChargePointId))
            .OrderBy(c => c.CreatedAt).Take(20).ToListAsync(ct);
        foreach (var command in due)
        {
            var claimed = await db.OcppCommands.Where(c => c.Id == command.Id && c.Status == OcppCommandStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, OcppCommandStatus.Sending), ct);
            if (claimed == 1)
            {
                // One slow charger must not hold up the others.
                _ = Task.Run(() => SendAsync(command, ct), ct);
            }
        }
    }

    private async Task SendAsync(OcppCommand command, CancellationToken ct)
    {
        var connection = registry.Find(command.ChargePointId);
        string status;
        string? result = null, error = null;
        if (connection is null)
        {
            (status, error) = (OcppCommandStatus.Pending, null);
        }
        else
        {
            try
            {
                using var payload = JsonDocument.Parse(command.PayloadJson);
                var answer = await connection.CallAsync(command.Action, payload.RootElement, ct);
                (status, result) = (OcppCommandStatus.Answered, answer.GetRawText());
            }
            catch (OcppCallException ex)
            {
                (status, error) = (OcppCommandStatus.Failed, ex.ErrorCode);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NeravaDbContext>();
        await db.OcppCommands.Where(c => c.Id == command.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, status)
            .SetProperty(c => c.ResultJson, result).SetProperty(c => c.Error, error)
            .SetProperty(c => c.CompletedAt, status == OcppCommandStatus.Pending ? null : clock.GetUtcNow()), ct);
        if (command.SessionId is { } sessionId && command.Action == OcppActions.RemoteStartTransaction && status != OcppCommandStatus.Pending)
        {
            var accepted = result is not null && JsonDocument.Parse(result).RootElement.GetProperty("status").GetString() == Nerava.Ocpp.Messages.OcppValues.Accepted;
            var signals = scope.ServiceProvider.GetRequiredService<ChargerSignals>();
            await signals.ChargingStatusAsync(sessionId,
                status == OcppCommandStatus.Failed ? ChargingStatuses.Failed : accepted ? ChargingStatuses.Accepted : ChargingStatuses.Rejected, null, ct);
        }
    }

    /// <summary>
    /// Fails commands nobody sent in time (charger offline) and ones whose sender died mid-call (still "sending" well
    /// after their deadline plus the call timeout); a session waiting on one learns its start failed.
    /// </summary>
    private async Task ExpireAsync(NeravaDbContext db, ChargerSignals signals, DateTimeOffset now, CancellationToken ct)
    {
        var stuckBefore = now - options.Value.CallTimeout;
        var expired = await db.OcppCommands.Where(c => (c.Status == OcppCommandStatus.Pending && c.ExpiresAt < now)
                                                       || (c.Status == OcppCommandStatus.Sending && c.ExpiresAt < stuckBefore)).ToListAsync(ct);
        foreach (var command in expired)
        {
            (command.Status, command.Error, command.CompletedAt) = (OcppCommandStatus.Failed, "charger_offline", now);
        }

        if (expired.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        foreach (var sessionId in expired.Where(c => c.Action == OcppActions.RemoteStartTransaction).Select(c => c.SessionId).OfType<Guid>())
        {
            await signals.ChargingStatusAsync(sessionId, ChargingStatuses.Failed, null, ct);
        }
    }
}
