using Microsoft.Extensions.Options;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Smartcar;
using Nerava.Arrival.Policy;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Api.Features.Tracking;

/// <summary>
/// A session the budgets let poll now: what to read, the requests taken for it from the application bucket (<see cref="Cost"/>),
/// the most it may spend under the per-vehicle budget (<see cref="MaxRequests"/>; null: no per-vehicle budget) and its call times.
/// </summary>
public sealed record PollRequest(ArrivalSessionRow Session, int Priority, DateTimeOffset ClaimBy, IReadOnlyList<DateTimeOffset> Calls)
{
    public VehicleDataKinds Kinds { get; init; } = VehicleDataKinds.All;

    public int Cost { get; init; } = 1;

    public int? MaxRequests { get; init; }
}

/// <summary>
/// What Smartcar said: a snapshot turned into a Signal, or a Retry-After to honour, or that the driver must reconnect.
/// <see cref="Calls"/> includes one entry per request this poll made as Smartcar counts them (<see cref="Requests"/>).
/// </summary>
public sealed record PollAnswer(PollRequest Request, Signal? Signal, TimeSpan? RetryAfter, bool ReconnectRequired, IReadOnlyList<DateTimeOffset> Calls)
{
    public int Requests { get; init; }

    /// <summary>The poll's span, so applying the answer later continues the same trace.</summary>
    public System.Diagnostics.ActivityContext Trace { get; init; }
}

/// <summary>
/// Polls one vehicle and records what it cost: every request Smartcar counts (batch items, pages, retries), failures included,
/// so the per-vehicle budget and the application bucket see them all. A poll still unanswered shortly before its row's lease
/// runs out is abandoned, so it never overlaps the next worker's poll of the same car.
/// </summary>
public sealed class BatchPoller(IOptions<TrackingOptions> options, TimeProvider clock, TrackingMetrics metrics, ILogger<BatchPoller> logger)
{
    /// <summary>The answer, or null when the poll failed before reaching Smartcar (its lease runs out and a later round retries).</summary>
    public async Task<PollAnswer?> PollOneAsync(IVehiclePoller poller, PollRequest request, CancellationToken ct)
    {
        var session = request.Session;
        using var span = Hosting.NeravaTracing.Poll(session.Id);
        var lease = options.Value.LeaseDuration;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(lease > TimeSpan.FromMinutes(1) ? lease - TimeSpan.FromSeconds(30) : lease * 0.8);
        try
        {
            var snapshot = await poller.PollAsync(session.DriverId, session.SmartcarVehicleId!, request.Kinds, request.MaxRequests, deadline.Token);
            var at = clock.GetUtcNow();
            // Batch items fail one by one (e.g. 429 on the vehicle): honour the longest Retry-After.
            var retryAfter = snapshot.Failures.Count > 0 ? snapshot.Failures.Values.Max(f => f.RetryAfter) : null;
            return Answer(request, VehicleSignals.FromSnapshot(snapshot, SignalSource.Smartcar, at), retryAfter, snapshot.BillableRequests, span);
        }
        catch (SmartcarException ex)
        {
            var retryAfter = ex.RetryAfter ?? ex.ErrorType switch
            {
                SmartcarErrorType.VehicleState => options.Value.AsleepBackoff,
                SmartcarErrorType.RateLimit or SmartcarErrorType.Upstream or SmartcarErrorType.Server or SmartcarErrorType.Timeout
                    or SmartcarErrorType.Network => TimeSpan.FromMinutes(1),
                _ => options.Value.FailureBackoff,
            };
            logger.LogInformation("Smartcar {Type}:{Code} for session {SessionId}; next try in {Delay}", ex.Type, ex.Code, session.Id, retryAfter);
            return Answer(request, null, retryAfter, ex.BillableRequests, span);
        }
        catch (ReconnectRequiredException)
        {
            return new PollAnswer(request, null, null, true, request.Calls) { Trace = span?.Context ?? default };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Abandoned before the lease ran out: at least its first request reached Smartcar.
            logger.LogWarning("Polling session {SessionId} outlasted its lease; asking again", session.Id);
            return Answer(request, null, TimeSpan.Zero, request.Cost, span);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Its lease runs out and a later round retries it; one bad session never stops the batch.
            logger.LogWarning(ex, "Polling session {SessionId} failed", session.Id);
            return null;
        }
    }

    private PollAnswer Answer(PollRequest request, Signal? signal, TimeSpan? retryAfter, int requests, System.Diagnostics.Activity? span)
    {
        var calls = new List<DateTimeOffset>(request.Calls.Count + requests);
        calls.AddRange(request.Calls);
        // Stamped when the answer came back: never earlier than Smartcar saw the requests, so the sliding window stays safe.
        calls.AddRange(Enumerable.Repeat(clock.GetUtcNow(), requests));
        metrics.Requests(requests);
        return new PollAnswer(request, signal, retryAfter, false, calls) { Requests = requests, Trace = span?.Context ?? default };
    }
}
