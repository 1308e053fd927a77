namespace Nerava.Api.Data.Entities;

/// <summary>The tracking engine's row for a Smartcar-enabled session: when to poll next, and who holds it.</summary>
public sealed class TrackedSession
{
    public Guid SessionId { get; set; }
    public DateTimeOffset NextPollAt { get; set; }
    public int Priority { get; set; }
    /// <summary>Claim order (PollPlan.ClaimBy): the poll time plus the priority in minutes, so a row left waiting overtakes
    /// fresher, less urgent ones instead of starving behind them.</summary>
    public DateTimeOffset ClaimBy { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    /// <summary>Recent Smartcar call times (JSON array), for the per-vehicle hourly budget.</summary>
    public string RecentCallsJson { get; set; } = "[]";
    public int PollCount { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset UpdatedAt { get; set; }
}
