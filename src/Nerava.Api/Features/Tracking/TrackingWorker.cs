using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// The worker role's tracking loop (TrackingPipeline): claim due sessions whenever there is room for more open polls, poll,
/// apply the answers as they arrive. Several processes can run it on one database. <see cref="RunOnceAsync"/> handles one batch
/// from claim to applied answers (tests, tools).
/// </summary>
public sealed class TrackingWorker(IServiceScopeFactory scopes, IOptions<TrackingOptions> options, ILogger<TrackingWorker> logger)
    : BackgroundService
{
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPipelineAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Tracking pipeline failed; restarting");
                await Task.Delay(options.Value.IdleDelay, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Runs the continuous pipeline until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunPipelineAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pipeline = ActivatorUtilities.CreateInstance<TrackingPipeline>(scope.ServiceProvider);
        await pipeline.RunAsync(Owner, ct);
    }

    /// <summary>One batch: claims, polls and applies; returns how many sessions were claimed.</summary>
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
