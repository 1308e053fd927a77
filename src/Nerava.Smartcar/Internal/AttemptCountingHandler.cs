namespace Nerava.Smartcar.Internal;

/// <summary>
/// Sits inside the resilience handler and counts the HTTP attempts one logical request took, so callers can charge retries to a
/// per-vehicle request budget.
/// </summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<RequestMeter> Key = new("Nerava.Smartcar.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var meter))
        {
            Interlocked.Increment(ref meter.Attempts);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// What one logical request spends, carried in <see cref="HttpRequestMessage.Options"/>: its attempts, the billable requests one
/// attempt costs (the items of a v2 batch) and the most billable requests it may spend, so retries never overdraw a budget.
/// </summary>
internal sealed class RequestMeter(int costPerAttempt = 1, int? limit = null)
{
    public int Attempts;

    public int CostPerAttempt { get; } = Math.Max(1, costPerAttempt);

    public int? Limit { get; } = limit;

    public int BillableRequests => Math.Max(1, Attempts) * CostPerAttempt;

    /// <summary>Whether one more attempt still fits the limit.</summary>
    public bool CanAttemptAgain => Limit is not { } limit || (Attempts + 1) * CostPerAttempt <= limit;
}
