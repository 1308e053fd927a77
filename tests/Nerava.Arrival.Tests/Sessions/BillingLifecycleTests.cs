using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public sealed class BillingLifecycleTests
{
    public static TheoryData<BillingStatus, BillingStatus, bool> Table => new()
    {
        { BillingStatus.Pending, BillingStatus.Invoiced, true },
        { BillingStatus.Pending, BillingStatus.Paid, false },
        { BillingStatus.Pending, BillingStatus.Void, true },
        { BillingStatus.Invoiced, BillingStatus.Paid, true },
        { BillingStatus.Invoiced, BillingStatus.Void, true },
        { BillingStatus.Invoiced, BillingStatus.Pending, false },
        { BillingStatus.Paid, BillingStatus.Pending, false },
        { BillingStatus.Paid, BillingStatus.Invoiced, false },
        { BillingStatus.Paid, BillingStatus.Void, false },
        { BillingStatus.Void, BillingStatus.Pending, false },
        { BillingStatus.Void, BillingStatus.Invoiced, false },
        { BillingStatus.Void, BillingStatus.Paid, false },
    };

    [Theory, MemberData(nameof(Table))]
    public void Moves_only_forward(BillingStatus from, BillingStatus to, bool accepted)
    {
        var move = BillingLifecycle.Move(from, to, "duplicate order");
        Assert.Equal(accepted, move.Accepted);
        Assert.Equal(accepted ? to : from, move.To);
        Assert.Equal(accepted ? null : BillingLifecycle.BackwardsCode, move.ErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Void_needs_a_reason(string? reason)
    {
        var move = BillingLifecycle.Move(BillingStatus.Pending, BillingStatus.Void, reason);
        Assert.False(move.Accepted);
        Assert.Equal(BillingLifecycle.ReasonRequiredCode, move.ErrorCode);
    }

    [Fact]
    public void Asking_for_the_current_status_is_accepted_and_every_status_round_trips()
    {
        foreach (var status in Enum.GetValues<BillingStatus>())
        {
            Assert.True(BillingLifecycle.Move(status, status, "r").Accepted);
            Assert.True(BillingLifecycle.TryParse(BillingLifecycle.ToWire(status), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.False(BillingLifecycle.TryParse("PAID", out _));
    }

    [Fact]
    public void No_sequence_of_moves_returns_to_an_earlier_status()
    {
        var order = new[] { BillingStatus.Pending, BillingStatus.Invoiced, BillingStatus.Paid };
        foreach (var from in Enum.GetValues<BillingStatus>())
        {
            foreach (var to in Enum.GetValues<BillingStatus>())
            {
                var move = BillingLifecycle.Move(from, to, "reason");
                if (move.Accepted && from != to && to != BillingStatus.Void)
                {
                    Assert.True(Array.IndexOf(order, to) > Array.IndexOf(order, from), $"{from} → {to}");
                }
            }
        }
    }
}
