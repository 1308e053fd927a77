namespace Nerava.Arrival.Tracking;

/// <summary>Persisted state of a <see cref="TokenBucket"/> (the API stores it in a row shared by all workers).</summary>
public sealed record TokenBucketState(double Tokens, DateTimeOffset UpdatedAt);
