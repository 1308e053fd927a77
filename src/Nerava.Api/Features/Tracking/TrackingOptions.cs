using System.ComponentModel.DataAnnotations;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

public sealed class TrackingOptions
{
    public const string SectionName = "Tracking";

    /// <summary>Adaptive (default) or Fixed60s, the seed's policy: location and battery every 60 s.</summary>
    public CadenceMode Cadence { get; set; } = CadenceMode.Adaptive;
    /// <summary>Rows claimed per statement.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 200;
    /// <summary>
    /// Polls a worker keeps open at once, from claim to applied answer. Smartcar answers in 3–45 s (up to 300 s), so 1,000 polls/s
    /// need about 25,000 in flight; the worker claims more only while it is below this.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxInFlight { get; set; } = 30_000;
    /// <summary>How long a claimed row is the worker's; a poll still unanswered shortly before it runs out is abandoned.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(6);
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(1);
    [Range(1, 1000)]
    public int MaxCallsPerVehiclePerHour { get; set; } = 20;
    /// <summary>Smartcar's application-wide bucket, shared by every worker through the database.</summary>
    [Range(1, 1_000_000)]
    public int AppBucketCapacity { get; set; } = TokenBucket.DefaultCapacity;
    [Range(0.001, 1_000_000)]
    public double AppBucketRefillPerMinute { get; set; } = TokenBucket.DefaultRefillPerMinute;
    /// <summary>
    /// Connected-car data older than this (Smartcar's retrievedAt / oemUpdatedAt) is stale: recorded, never arrival
    /// evidence. Smartcar webhooks have been seen an hour late.
    /// </summary>
    [Range(1, 1440)]
    public int MaxDataAgeMinutes { get; set; } = 10;

    public TimeSpan MaxDataAge => TimeSpan.FromMinutes(MaxDataAgeMinutes);

    /// <summary>How long an asleep vehicle is left alone.</summary>
    public TimeSpan AsleepBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How long a vehicle is left alone after an error retrying soon cannot fix (permissions, billing, compatibility).</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromMinutes(10);
}
