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
        var outcome = Billing.Compute(new(pos, reported, estimate), Billing.DefaultPlatformFeeBps, BillingCaps.Uncapped);

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
        var outcome = Billing.Compute(new(pos, reported, estimate), 500, BillingCaps.Uncapped);

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
        Assert.Equal(billable, Billing.Compute(new(total, null, null), feeBps, BillingCaps.Uncapped).BillableAmountCents);
    }

    [Fact]
    public void Large_totals_do_not_overflow()
    {
        var outcome = Billing.Compute(new(int.MaxValue, null, null), 10_000, BillingCaps.Uncapped);

        Assert.Equal(int.MaxValue, outcome.BillableAmountCents);
        Assert.Equal(107_374_182, Billing.Compute(new(int.MaxValue, null, null), 500, BillingCaps.Uncapped).BillableAmountCents);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Fee_outside_zero_to_one_hundred_percent_is_refused(int feeBps)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Billing.Compute(new(1000, null, null), feeBps, BillingCaps.Default));
    }

    [Fact]
    public void Default_fee_is_five_percent()
    {
        Assert.Equal(500, Billing.DefaultPlatformFeeBps);
    }

    [Fact]
    public void A_fee_never_exceeds_the_merchants_cap()
    {
        var caps = new BillingCaps(MaxOrderCents: 50_000, MaxFeeCents: 2_500);

        // The attack: a merchant-reported $9,999 at 5 % would be 49,995 cents.
        Assert.Equal(2_500, Billing.Compute(new(null, 999_900, null), 500, caps).BillableAmountCents);
        Assert.Equal(2_500, Billing.Compute(new(int.MaxValue, null, null), 10_000, caps).BillableAmountCents);
        Assert.Equal(225, Billing.Compute(new(null, 4_500, null), 500, caps).BillableAmountCents);
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_001, false)]
    [InlineData(int.MaxValue, false)]
    public void A_drivers_estimate_is_billed_only_within_the_merchants_largest_order(int estimate, bool billable)
    {
        var outcome = Billing.Compute(new(null, null, estimate), 500, BillingCaps.Default);

        Assert.Equal(billable, outcome.Billable);
        Assert.Equal(billable ? TotalSources.DriverEstimate : null, outcome.TotalSource);
    }

    [Fact]
    public void An_estimate_the_merchant_confirmed_says_so_in_its_source()
    {
        var silent = Billing.Compute(new(null, null, 2_450), 500, BillingCaps.Default);
        var confirmed = Billing.Compute(new(null, null, 2_450, EstimateConfirmedByMerchant: true), 500, BillingCaps.Default);

        Assert.Equal(("driver_estimate", 122), (silent.TotalSource, silent.BillableAmountCents));
        Assert.Equal(("driver_estimate_confirmed", 122), (confirmed.TotalSource, confirmed.BillableAmountCents));
    }

    [Fact]
    public void A_reported_total_still_wins_over_an_estimate_out_of_range()
    {
        var outcome = Billing.Compute(new(null, 3_000, int.MaxValue), 500, BillingCaps.Default);

        Assert.Equal((3_000, "merchant_reported"), (outcome.TotalCents, outcome.TotalSource));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(50_000, true)]
    [InlineData(50_001, false)]
    public void A_reported_total_is_in_range_from_one_cent_to_the_largest_order(int cents, bool inRange)
    {
        Assert.Equal(inRange, Billing.ReportedTotalInRange(cents, BillingCaps.Default));
    }
}
