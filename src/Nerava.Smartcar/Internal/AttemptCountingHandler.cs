namespace Nerava.Smartcar.Internal;

/// <summary>
/// Sits inside the resilience handler and counts the HTTP attempts one logical request took, so callers can charge retries to a
/// per-vehicle request budget.
/// </summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<AttemptCounter> Key = new("Nerava.Smartcar.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var counter))
        {
            Interlocked.Increment(ref counter.Count);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Mutable attempt count carried in <see cref="HttpRequestMessage.Options"/>.</summary>
internal sealed class AttemptCounter
{
    public int Count;
}
