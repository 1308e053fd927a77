using Nerava.Api.Features.Auth.Limits;

namespace Nerava.Api.IntegrationTests.Features.Auth;

/// <summary>The account lockout rule, pure: slots before checks, growing backoff, reset on success.</summary>
public sealed class LoginLockoutTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly LoginLimitOptions Options = new() { MaxAttemptsPerAccount = 5, Lockout = TimeSpan.FromMinutes(1), MaxLockout = TimeSpan.FromMinutes(15) };

    [Fact]
    public void The_fifth_attempt_is_allowed_and_locks_the_sixth_out()
    {
        LoginThrottleState? state = null;
        for (var i = 0; i < 5; i++)
        {
            var decision = LoginLockout.Reserve(state, T0.AddSeconds(i), Options);
            Assert.True(decision.Allowed);
            state = decision.Next;
        }

        var sixth = LoginLockout.Reserve(state, T0.AddSeconds(10), Options);

        Assert.False(sixth.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(54), sixth.RetryAfter); // locked at T0+4 s for 1 min
        Assert.Equal(1, state!.Strikes);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 15)] // capped
    [InlineData(40, 15)]
    public void Each_lockout_doubles_up_to_the_cap(int strike, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), LoginLockout.Backoff(strike, Options));

    [Fact]
    public void After_a_lockout_ends_the_next_run_of_failures_locks_for_longer()
    {
        var state = new LoginThrottleState(4, 1, T0, T0.AddMinutes(-1)); // one lockout, over at T0; four failures since

        var fifth = LoginLockout.Reserve(state, T0.AddSeconds(5), Options);

        Assert.True(fifth.Allowed);
        Assert.Equal(2, fifth.Next!.Strikes);
        Assert.Equal(T0.AddSeconds(5).AddMinutes(2), fifth.Next.LockedUntil);
    }

    [Fact]
    public void Quiet_attempts_and_old_strikes_are_forgotten()
    {
        var old = new LoginThrottleState(4, 3, T0, T0);

        var next = LoginLockout.Reserve(old, T0.AddDays(2), Options);

        Assert.Equal((1, 0, (DateTimeOffset?)null), (next.Next!.Attempts, next.Next.Strikes, next.Next.LockedUntil));
    }

    [Fact]
    public void A_lock_is_never_shorter_than_a_second_to_retry() =>
        Assert.Equal(TimeSpan.FromSeconds(1), LoginLockout.Reserve(new LoginThrottleState(0, 1, T0.AddMilliseconds(10), T0), T0, Options).RetryAfter);
}
