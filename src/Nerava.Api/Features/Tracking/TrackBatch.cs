using System.Threading.Channels;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// One claimed batch from start to finish (TrackingWorker.RunOnceAsync): admit (budgets), poll every admitted vehicle at once
/// with no transaction open, and apply the answers in groups as they arrive, so no answer waits for the slowest poll of the batch.
/// The hosted worker runs the same steps continuously (TrackingPipeline) instead of one batch at a time.
/// </summary>
public sealed class TrackBatch(PollAdmission admission, IVehiclePoller poller, BatchPoller batchPoller, IServiceScopeFactory scopes)
{
    public async Task RunAsync(IReadOnlyList<Guid> ids, string owner, CancellationToken ct)
    {
        var requests = await admission.AdmitAsync(ids, owner, ct);
        var answers = Channel.CreateUnbounded<PollAnswer>(new UnboundedChannelOptions { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var polling = PollAllAsync(requests, answers.Writer, stop.Token);
        var group = new List<PollAnswer>();
        try
        {
            while (await answers.Reader.WaitToReadAsync(ct))
            {
                group.Clear();
                while (answers.Reader.TryRead(out var answer))
                {
                    group.Add(answer);
                }

                // Each group in its own unit of work: group commit, a few statements however many answers it holds.
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AnswerApplier>().ApplyAsync(group, owner, ct);
            }
        }
        catch
        {
            // Applying failed (e.g. the database is gone): stop spending Smartcar calls; the leases run out and a later
            // round retries the rows.
            await stop.CancelAsync();
            await polling.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        await polling;
    }

    private async Task PollAllAsync(IReadOnlyList<PollRequest> requests, ChannelWriter<PollAnswer> answers, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            await poller.PrefetchAsync([.. requests.Select(r => (r.Session.DriverId, r.Session.SmartcarVehicleId!))], ct);
            await Task.WhenAll(requests.Select(async request =>
            {
                if (await batchPoller.PollOneAsync(poller, request, ct) is { } answer)
                {
                    await answers.WriteAsync(answer, ct);
                }
            }));
        }
        catch (Exception ex)
        {
            failure = ex;
            throw;
        }
        finally
        {
            answers.TryComplete(failure);
        }
    }
}
