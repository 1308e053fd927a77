using System.ComponentModel.DataAnnotations;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>Merchant staff login limits (section <c>Auth:Login</c>), kept in the database so they hold across instances.</summary>
public sealed class LoginLimitOptions
{
    public const string SectionName = "Auth:Login";

    /// <summary>Attempts without a correct password before the account locks.</summary>
    [Range(1, 100)]
    public int MaxAttemptsPerAccount { get; set; } = 5;

    /// <summary>The first lockout; each further one doubles, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts this long ago no longer count toward a lockout.</summary>
    public TimeSpan AttemptWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Lockouts this long ago no longer lengthen the next one.</summary>
    public TimeSpan StrikeMemory { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Failed logins from one client address per <see cref="IpWindow"/>, whatever the accounts.</summary>
    [Range(1, 1_000_000)]
    public int MaxFailuresPerIp { get; set; } = 30;

    public TimeSpan IpWindow { get; set; } = TimeSpan.FromMinutes(15);
}
