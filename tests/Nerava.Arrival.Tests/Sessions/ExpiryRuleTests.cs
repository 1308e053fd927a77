using Nerava.Arrival.Sessions;
using Nerava.Arrival.Tests.TestSupport;

namespace Nerava.Arrival.Tests.Sessions;

public class ExpiryRuleTests
{
    private static readonly DateTimeOffset Created = Places.T0;
    private static readonly DateTimeOffset ExpiresAt = Created + ArrivalRules.DefaultLifetime;

    [Fact]
    public void Sessions_expire_two_hours_after_creation_by_default()
    {
        Assert.Equal(Created.AddHours(2), ExpiresAt);
        Assert.False(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, Created.AddMinutes(119), null, null));
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, Created.AddHours(2), null, null));
    }

    [Fact]
    public void Dallas_to_San_Antonio_tracked_car_four_hours_out_does_not_expire_at_two_hours()
    {
        // Ordered in Dallas before leaving; at the 2 h mark the car reports a fix a minute ago and is 4 h out.
        var now = Created.AddHours(2);
        var lastFix = now.AddMinutes(-1);

        Assert.False(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, now, lastFix, etaMinutes: 240, createdAt: Created));
        Assert.Equal(lastFix.AddMinutes(240 + 30), ExpiryRule.Deadline(SessionStatus.AwaitingArrival, ExpiresAt, now, lastFix, 240, Created));
    }

    [Fact]
    public void Tracked_car_that_goes_silent_expires_after_its_eta_and_grace()
    {
        var lastFix = Created.AddMinutes(110);

        Assert.False(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, lastFix.AddMinutes(59), lastFix, 30, Created));
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, lastFix.AddMinutes(60), lastFix, 30, Created));
    }

    [Fact]
    public void A_recent_fix_without_eta_keeps_the_session_for_thirty_minutes()
    {
        var lastFix = Created.AddMinutes(115);

        Assert.False(ExpiryRule.ShouldExpire(SessionStatus.PendingOrder, ExpiresAt, Created.AddMinutes(144), lastFix, null, Created));
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.PendingOrder, ExpiresAt, Created.AddMinutes(145), lastFix, null, Created));
    }

    [Fact]
    public void An_old_fix_does_not_extend_past_the_base_deadline()
    {
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, ExpiresAt, Created.AddMinutes(20), null, Created));
    }

    [Fact]
    public void Extension_is_capped_at_twelve_hours_after_creation()
    {
        var now = Created.AddHours(11);

        Assert.Equal(Created.AddHours(12), ExpiryRule.Deadline(SessionStatus.AwaitingArrival, ExpiresAt, now, now, 600, Created));
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, Created.AddHours(12), Created.AddHours(12), 600, Created));
    }

    [Fact]
    public void Cap_defaults_to_expiresAt_minus_default_lifetime_when_creation_time_is_not_given()
    {
        var now = Created.AddHours(11);

        Assert.Equal(Created.AddHours(12), ExpiryRule.Deadline(SessionStatus.AwaitingArrival, ExpiresAt, now, now, 600));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-5)]
    [InlineData(double.PositiveInfinity)]
    public void Nonsense_eta_is_ignored(double eta)
    {
        Assert.True(ExpiryRule.ShouldExpire(SessionStatus.AwaitingArrival, ExpiresAt, ExpiresAt, null, eta, Created));
    }

    [Theory]
    [InlineData(SessionStatus.Arrived)]
    [InlineData(SessionStatus.MerchantNotified)]
    public void Arrived_sessions_expire_two_hours_after_arrival_if_never_confirmed(SessionStatus status)
    {
        var arrivedAt = Created.AddMinutes(110);

        Assert.False(ExpiryRule.ShouldExpire(status, ExpiresAt, ExpiresAt.AddMinutes(5), null, null, Created, arrivedAt));
        Assert.False(ExpiryRule.ShouldExpire(status, ExpiresAt, arrivedAt.AddMinutes(119), null, null, Created, arrivedAt));
        Assert.True(ExpiryRule.ShouldExpire(status, ExpiresAt, arrivedAt.AddHours(2), null, null, Created, arrivedAt));
    }

    [Theory]
    [InlineData(SessionStatus.Completed)]
    [InlineData(SessionStatus.Expired)]
    [InlineData(SessionStatus.Canceled)]
    [InlineData(SessionStatus.CompletedUnbillable)]
    public void Terminal_sessions_never_expire(SessionStatus status)
    {
        Assert.Null(ExpiryRule.Deadline(status, ExpiresAt, Created.AddDays(3), null, null));
        Assert.False(ExpiryRule.ShouldExpire(status, ExpiresAt, Created.AddDays(3), null, null));
    }
}
