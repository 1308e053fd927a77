using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;

namespace Nerava.Arrival.Tests.Tracking;

public class TokenBucketTests
{
    private readonly TokenBucket _bucket = new();

    [Fact]
    public void Defaults_are_120_tokens_and_2_per_minute()
    {
        Assert.Equal(120, _bucket.Capacity);
        Assert.Equal(2, _bucket.RefillPerMinute);
    }

    [Fact]
    public void A_full_bucket_serves_its_capacity_then_refuses_with_the_wait()
    {
        var state = _bucket.Full(Places.T0);
        for (var i = 0; i < 120; i++)
        {
            var (allowed, next, _) = _bucket.TryTake(state, Places.T0, 1);
            Assert.True(allowed);
            state = next;
        }

        var refused = _bucket.TryTake(state, Places.T0, 3);

        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(90), refused.WaitFor);
        Assert.Equal(0, refused.Next.Tokens, 9);
    }

    [Fact]
    public void Tokens_refill_over_time_up_to_capacity()
    {
        var empty = new TokenBucketState(0, Places.T0);

        var after30s = _bucket.TryTake(empty, Places.T0.AddSeconds(30), 1);
        var afterDay = _bucket.TryTake(empty, Places.T0.AddDays(1), 1);

        Assert.True(after30s.Allowed);
        Assert.Equal(0, after30s.Next.Tokens, 9);
        Assert.Equal(119, afterDay.Next.Tokens, 9);
    }

    [Fact]
    public void A_clock_behind_the_stored_time_refills_nothing()
    {
        var state = new TokenBucketState(0.5, Places.T0);

        var result = _bucket.TryTake(state, Places.T0.AddMinutes(-5), 1);

        Assert.False(result.Allowed);
        Assert.Equal(Places.T0, result.Next.UpdatedAt);
        Assert.Equal(TimeSpan.FromSeconds(15), result.WaitFor);
    }

    [Fact]
    public void Asking_for_more_than_the_capacity_or_nothing_is_an_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _bucket.TryTake(_bucket.Full(Places.T0), Places.T0, 121));
        Assert.Throws<ArgumentOutOfRangeException>(() => _bucket.TryTake(_bucket.Full(Places.T0), Places.T0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(10, 0));
    }

    [Fact]
    public void A_batch_gets_the_whole_units_there_are_and_the_wait_for_the_next()
    {
        var bucket = new TokenBucket(10, 2);

        var (granted, next, wait) = bucket.TakeUpTo(new TokenBucketState(7.5, Places.T0), Places.T0, 5, unitCost: 2);

        Assert.Equal(3, granted);
        Assert.Equal(1.5, next.Tokens, 6);
        Assert.Equal(TimeSpan.FromSeconds(15), wait); // 0.5 tokens at 2 per minute

        var all = bucket.TakeUpTo(new TokenBucketState(2, Places.T0), Places.T0.AddMinutes(1), 4);
        Assert.Equal((4, 0.0, TimeSpan.Zero), (all.Granted, all.Next.Tokens, all.WaitFor));
        Assert.Equal(0, bucket.TakeUpTo(next, Places.T0, 0).Granted);
    }

    [Fact]
    public void Polls_are_granted_in_claim_order_by_their_request_cost_and_a_costly_one_is_not_skipped()
    {
        var bucket = new TokenBucket(10, 2);

        // 6 tokens: 1 + 3 fit, the next 3-item batch does not, and the 1-request poll behind it waits its turn.
        var (granted, next, wait) = bucket.TakeInOrder(new TokenBucketState(6, Places.T0), Places.T0, [1, 3, 3, 1]);

        Assert.Equal(2, granted);
        Assert.Equal(2, next.Tokens, 9);
        Assert.Equal(TimeSpan.FromSeconds(30), wait); // 1 more token at 2 per minute
        Assert.Equal((0, TimeSpan.Zero), (bucket.TakeInOrder(next, Places.T0, []).Granted, bucket.TakeInOrder(next, Places.T0, []).WaitFor));
    }

    [Fact]
    public void Requests_charged_after_the_fact_put_the_bucket_in_debt_that_later_takes_wait_out()
    {
        var bucket = new TokenBucket(10, 2);

        var charged = bucket.Charge(new TokenBucketState(1, Places.T0), Places.T0, 4);
        var refused = bucket.TryTake(charged, Places.T0.AddMinutes(1), 1);
        var allowed = bucket.TryTake(charged, Places.T0.AddMinutes(2), 1);

        Assert.Equal(-3, charged.Tokens, 9);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.WaitFor);
        Assert.True(allowed.Allowed);
        Assert.Equal(-10, bucket.Charge(charged, Places.T0, 100).Tokens, 9);
        Assert.Equal(0, bucket.TakeUpTo(charged, Places.T0, 3).Granted);
    }
}
