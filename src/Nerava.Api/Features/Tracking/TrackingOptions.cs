using System.ComponentModel.DataAnnotations;
using Nerava.Arrival.Tracking;

namespace Nerava.Api.Features.Tracking;

public sealed class TrackingOptions
{
    public const string SectionName = "Tracking";

    /// <summary>Adaptive (default) or Fixed60s, the seed's policy: location and battery every 60 s.</summary>
    public CadenceMode Cadence { get; set; } = CadenceMode.Adaptive;
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;
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
}
