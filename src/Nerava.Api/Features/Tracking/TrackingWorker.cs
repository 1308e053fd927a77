using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// The worker role's tracking loop: claim due sessions in batches, track each batch set-wise (TrackBatch), repeat;
/// sleep briefly when nothing is due. Several processes can run it on one database.
/// </summary>
public sealed class TrackingWorker(IServiceScopeFactory scopes, IOptions<TrackingOptions> options, ILogger<TrackingWorker> logger)
    : BackgroundService
{
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int handled;
            try
            {
                handled = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Tracking round failed; retrying");
                handled = 0;
            }

            if (handled == 0)
            {
                try
                {
                    await Task.Delay(options.Value.IdleDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: returns how many sessions were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        IReadOnlyList<Guid> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            claimed = await scope.ServiceProvider.GetRequiredService<DuePollClaimer>()
                .ClaimAsync(Owner, options.Value.BatchSize, options.Value.LeaseDuration, ct);
        }

        if (claimed.Count > 0)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TrackBatch>().RunAsync(claimed, Owner, ct);
        }

        return claimed.Count;
    }
}
