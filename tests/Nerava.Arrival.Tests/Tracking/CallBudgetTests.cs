using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;

namespace Nerava.Arrival.Tests.Tracking;

public class CallBudgetTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void Under_budget_the_candidate_stands()
    {
        var calls = Enumerable.Range(0, 19).Select(i => Places.T0.AddMinutes(i)).ToList();

        Assert.Equal(Places.T0.AddMinutes(20), CallBudget.EarliestAllowed(calls, Places.T0.AddMinutes(20), 1, 20, Hour));
    }

    [Fact]
    public void Over_budget_waits_until_the_oldest_calls_leave_the_window()
    {
        var calls = Enumerable.Range(0, 20).Select(i => Places.T0.AddMinutes(i)).ToList();

        Assert.Equal(Places.T0.AddHours(1), CallBudget.EarliestAllowed(calls, Places.T0.AddMinutes(20), 1, 20, Hour));
        Assert.Equal(Places.T0.AddMinutes(61), CallBudget.EarliestAllowed(calls, Places.T0.AddMinutes(20), 2, 20, Hour));
        Assert.Equal(20, CallBudget.CallsInWindow(calls, Places.T0.AddMinutes(59), Hour));
        Assert.Equal(19, CallBudget.CallsInWindow(calls, Places.T0.AddHours(1), Hour));
    }

    [Fact]
    public void Remaining_is_what_a_read_may_still_spend_in_the_window()
    {
        var calls = Enumerable.Range(0, 17).Select(i => Places.T0.AddMinutes(i)).ToList();

        Assert.Equal(3, CallBudget.Remaining(calls, Places.T0.AddMinutes(30), 20, Hour));
        Assert.Equal(4, CallBudget.Remaining(calls, Places.T0.AddMinutes(60), 20, Hour));
        Assert.Equal(0, CallBudget.Remaining([.. calls, .. calls], Places.T0.AddMinutes(30), 20, Hour));
    }
}
