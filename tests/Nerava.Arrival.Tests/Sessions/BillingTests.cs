using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class BillingTests
{
    [Theory]
    [InlineData(4000, 5000, 6000, 4000, "pos")]
    [InlineData(null, 5000, 6000, 5000, "merchant_reported")]
    [InlineData(0, 5000, 6000, 5000, "merchant_reported")]
    [InlineData(-10, 5000, 6000, 5000, "merchant_reported")]
    [InlineData(null, null, 6000, 6000, "driver_estimate")]
    [InlineData(null, 0, 6000, 6000, "driver_estimate")]
    [InlineData(null, -1, 6000, 6000, "driver_estimate")]
    public void Total_follows_precedence_pos_then_merchant_reported_then_driver_estimate(
        int? pos, int? reported, int? estimate, int total, string source)
    {
        var outcome = Billing.Compute(pos, reported, estimate, Billing.DefaultPlatformFeeBps);

        Assert.True(outcome.Billable);
        Assert.Equal(total, outcome.TotalCents);
        Assert.Equal(source, outcome.TotalSource);
        Assert.Equal(total / 20, outcome.BillableAmountCents);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData(0, 0, 0)]
    [InlineData(-5, -5, -5)]
    [InlineData(null, 0, -1)]
    public void No_positive_total_is_unbillable(int? pos, int? reported, int? estimate)
    {
        var outcome = Billing.Compute(pos, reported, estimate, 500);

        Assert.Equal(new BillingOutcome(false, null, null, null), outcome);
    }

    [Theory]
    [InlineData(4599, 500, 229)] // 229.95 → 229
    [InlineData(19, 500, 0)]
    [InlineData(10_001, 2000, 2000)] // 2000.2 → 2000
    [InlineData(1234, 0, 0)]
    [InlineData(1234, 10_000, 1234)]
    public void Billable_amount_rounds_down(int total, int feeBps, int billable)
    {
        Assert.Equal(billable, Billing.Compute(total, null, null, feeBps).BillableAmountCents);
    }

    [Fact]
    public void Large_totals_do_not_overflow()
    {
        var outcome = Billing.Compute(int.MaxValue, null, null, 10_000);

        Assert.Equal(int.MaxValue, outcome.BillableAmountCents);
        Assert.Equal(107_374_182, Billing.Compute(int.MaxValue, null, null, 500).BillableAmountCents);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Fee_outside_zero_to_one_hundred_percent_is_refused(int feeBps)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Billing.Compute(1000, null, null, feeBps));
    }

    [Fact]
    public void Default_fee_is_five_percent()
    {
        Assert.Equal(500, Billing.DefaultPlatformFeeBps);
    }
}
