using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// The hosted worker's engine. Smartcar answers take 3–45 s (up to 300 s), so throughput is the number of polls open at once:
/// the claim loop claims due rows whenever fewer than MaxInFlight polls are open (claimed and not yet applied), admits them
/// (budgets) and starts their polls without waiting for any; one applier writes the answers that decide nothing in groups as
/// they arrive, and a pool of deciders takes each one that decides something (arrival, heads-up, fire: a guarded save with the
/// outbox) in a unit of work of its own. No batch waits for its slowest answer, no quiet answer waits for a decision, and a
/// backlog of unapplied answers stops the claiming (they count as open).
/// </summary>
public sealed class TrackingPipeline(IServiceScopeFactory scopes, IOptions<TrackingOptions> options, TrackingMetrics metrics, ILogger<TrackingPipeline> logger)
{
    private const int MaxGroup = 2_000;
    private const int DecisionsAtOnce = 32;
    private readonly TrackingOptions _options = options.Value;
    private readonly SemaphoreSlim _roomFreed = new(0);
    private readonly Channel<PollAnswer> _decisions = Channel.CreateUnbounded<PollAnswer>();
    private int _open;

    /// <summary>Polls claimed and not yet applied.</summary>
    public int Open => Volatile.Read(ref _open);

    public async Task RunAsync(string owner, CancellationToken ct)
    {
        var answers = Channel.CreateUnbounded<PollAnswer>(new UnboundedChannelOptions { SingleReader = true });
        var applying = Task.Run(() => ApplyLoopAsync(answers.Reader, owner, ct), CancellationToken.None);
        var deciding = Enumerable.Range(0, DecisionsAtOnce).Select(_ => Task.Run(() => DecideLoopAsync(owner, ct), CancellationToken.None)).ToList();
        try
        {
            await ClaimLoopAsync(answers.Writer, owner, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: open polls are abandoned, their leases run out and another worker polls the rows.
        }
        finally
        {
            answers.Writer.TryComplete();
            await applying.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            _decisions.Writer.TryComplete();
            await Task.WhenAll(deciding).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private async Task ClaimLoopAsync(ChannelWriter<PollAnswer> answers, string owner, CancellationToken ct)
    {
        var minimum = Math.Max(1, Math.Min(_options.BatchSize, _options.MaxInFlight) / 4);
        while (!ct.IsCancellationRequested)
        {
            var room = _options.MaxInFlight - Open;
            if (room < minimum)
            {
                await WaitAsync(_roomFreed.WaitAsync(_options.IdleDelay, ct));
                continue;
            }

            int claimed;
            try
            {
                claimed = await StartBatchAsync(Math.Min(_options.BatchSize, room), answers, owner, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Tracking claim failed; retrying");
                claimed = 0;
            }

            if (claimed == 0)
            {
                await WaitAsync(Task.Delay(_options.IdleDelay, ct));
            }
        }
    }

    /// <summary>Claims and admits up to <paramref name="size"/> rows and starts their polls; returns how many rows were claimed.</summary>
    private async Task<int> StartBatchAsync(int size, ChannelWriter<PollAnswer> answers, string owner, CancellationToken ct)
    {
        IReadOnlyList<PollRequest> requests;
        int claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var ids = await scope.ServiceProvider.GetRequiredService<DuePollClaimer>().ClaimAsync(owner, size, _options.LeaseDuration, ct);
            claimed = ids.Count;
            requests = claimed == 0 ? [] : await scope.ServiceProvider.GetRequiredService<PollAdmission>().AdmitAsync(ids, owner, ct);
        }

        if (requests.Count > 0)
        {
            Interlocked.Add(ref _open, requests.Count);
            metrics.InFlight(requests.Count);
            _ = PollBatchAsync(requests, answers, ct);
        }

        return claimed;
    }

    private async Task PollBatchAsync(IReadOnlyList<PollRequest> requests, ChannelWriter<PollAnswer> answers, CancellationToken ct)
    {
        // The batch's poller lives as long as its polls; it holds no database context (see SmartcarVehiclePoller).
        await using var scope = scopes.CreateAsyncScope();
        var poller = scope.ServiceProvider.GetRequiredService<IVehiclePoller>();
        var batchPoller = scope.ServiceProvider.GetRequiredService<BatchPoller>();
        await poller.PrefetchAsync([.. requests.Select(r => (r.Session.DriverId, r.Session.SmartcarVehicleId!))], ct);
        await Task.WhenAll(requests.Select(async request =>
        {
            PollAnswer? answer = null;
            try
            {
                answer = await batchPoller.PollOneAsync(poller, request, ct);
            }
            catch (OperationCanceledException)
            {
                // Shutting down: the lease runs out and another worker polls the row.
            }

            if (answer is null || !answers.TryWrite(answer))
            {
                Closed(1);
            }
        }));
    }

    private async Task ApplyLoopAsync(ChannelReader<PollAnswer> answers, string owner, CancellationToken ct)
    {
        var group = new List<PollAnswer>();
        try
        {
            while (await answers.WaitToReadAsync(ct))
            {
                group.Clear();
                while (group.Count < MaxGroup && answers.TryRead(out var answer))
                {
                    group.Add(answer);
                }

                IReadOnlyList<PollAnswer> deciding = [];
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    deciding = await scope.ServiceProvider.GetRequiredService<AnswerApplier>().ApplyQuietAsync(group, owner, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be gone: these rows' leases run out and a later round polls them again.
                    logger.LogWarning(ex, "Applying {Count} tracking answers failed", group.Count);
                }
                finally
                {
                    Closed(group.Count - deciding.Count);
                }

                // Decisions (guarded save + outbox each) go on while the next groups are applied; they stay open until done.
                foreach (var answer in deciding)
                {
                    _decisions.Writer.TryWrite(answer);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task DecideLoopAsync(string owner, CancellationToken ct)
    {
        await foreach (var answer in _decisions.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnswerApplier>().DecideAsync(answer, owner, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Applying a tracking decision for session {SessionId} failed", answer.Request.Session.Id);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the lease runs out and the row is polled again.
            }
            finally
            {
                Closed(1);
            }
        }
    }

    private void Closed(int count)
    {
        Interlocked.Add(ref _open, -count);
        metrics.InFlight(-count);
        if (_roomFreed.CurrentCount == 0)
        {
            _roomFreed.Release(); // A wake-up, not a count: the claim loop re-reads Open.
        }
    }

    private static async Task WaitAsync(Task wait)
    {
        try
        {
            await wait;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
