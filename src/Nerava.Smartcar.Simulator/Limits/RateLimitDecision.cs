namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>Whether a request may proceed and, if not, the <c>Retry-After</c> to send.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allow => new(true, TimeSpan.Zero);

    /// <summary>Retry-After in whole seconds, rounded up and at least 1 (0 would invite an immediate retry storm).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
