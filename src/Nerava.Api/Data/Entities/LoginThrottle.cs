namespace Nerava.Api.Data.Entities;

/// <summary>
/// A staff account's login attempts and lockouts (keyed by a hash of the normalized email, known or not). Changed only
/// by compare-and-set on <see cref="Version"/>, so racing attempts cannot both take the last allowed try.
/// </summary>
public sealed class LoginThrottle
{
    public required string Key { get; set; }
    public int Attempts { get; set; }
    public int Strikes { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Version { get; set; }
}
