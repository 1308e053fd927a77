using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Policy;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

/// <summary>A session the budgets let poll now, with its per-vehicle call times so far.</summary>
public sealed record PollRequest(ArrivalSessionRow Session, int Priority, DateTimeOffset ClaimBy, IReadOnlyList<DateTimeOffset> Calls);

/// <summary>
/// What Smartcar said: a snapshot turned into a Signal, or a Retry-After to honour, or that the driver must reconnect.
/// <see cref="Calls"/> includes the calls this poll made.
/// </summary>
public sealed record PollAnswer(PollRequest Request, Signal? Signal, TimeSpan? RetryAfter, bool ReconnectRequired, IReadOnlyList<DateTimeOffset> Calls);

/// <summary>
/// Polls a batch's vehicles concurrently (bounded), each in its own scope (the Smartcar poller has its own unit of work),
/// handing each answer on as soon as it arrives: Smartcar answers take 3–45 s, and an arrival must not wait for the
/// slowest car of the batch.
/// </summary>
public sealed class BatchPoller(IServiceScopeFactory scopes, IOptions<TrackingOptions> options, TimeProvider clock, ILogger<BatchPoller> logger)
{
    /// <summary>Writes each answer to <paramref name="answers"/> as it arrives, and completes it when all are in.</summary>
    public async Task PollAsync(IReadOnlyList<PollRequest> requests, int callsPerPoll, ChannelWriter<PollAnswer> answers, CancellationToken ct)
    {
        Exception? failure = null;
        try
        {
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = ct },
                async (request, token) =>
                {
                    if (await PollOneAsync(request, callsPerPoll, token) is { } answer)
                    {
                        await answers.WriteAsync(answer, token);
                    }
                });
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

    private async Task<PollAnswer?> PollOneAsync(PollRequest request, int callsPerPoll, CancellationToken ct)
    {
        var calls = new List<DateTimeOffset>(request.Calls);
        var session = request.Session;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var snapshot = await scope.ServiceProvider.GetRequiredService<IVehiclePoller>()
                .PollAsync(session.DriverId, session.SmartcarVehicleId!, VehicleDataKinds.All, ct);
            var at = clock.GetUtcNow();
            calls.AddRange(Enumerable.Repeat(at, callsPerPoll));
            // Batch items fail one by one (e.g. 429 on the vehicle): honour the longest Retry-After.
            var retryAfter = snapshot.Failures.Count > 0 ? snapshot.Failures.Values.Max(f => f.RetryAfter) : null;
            return new PollAnswer(request, VehicleSignals.FromSnapshot(snapshot, SignalSource.Smartcar, at), retryAfter, false, calls);
        }
        catch (SmartcarException ex) when (ex.ErrorType is SmartcarErrorType.RateLimit or SmartcarErrorType.VehicleState
                                               or SmartcarErrorType.Upstream or SmartcarErrorType.Server)
        {
            calls.Add(clock.GetUtcNow());
            var retryAfter = ex.RetryAfter ?? (ex.ErrorType == SmartcarErrorType.VehicleState ? options.Value.AsleepBackoff : TimeSpan.FromMinutes(1));
            logger.LogInformation("Smartcar {Type}:{Code} for session {SessionId}; next try in {Delay}", ex.Type, ex.Code, session.Id, retryAfter);
            return new PollAnswer(request, null, retryAfter, false, calls);
        }
        catch (ReconnectRequiredException)
        {
            return new PollAnswer(request, null, null, true, calls);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Its lease runs out and a later round retries it; one bad session never stops the batch.
            logger.LogWarning(ex, "Polling session {SessionId} failed", session.Id);
            return null;
        }
    }
}
