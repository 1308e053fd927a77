using Nerava.Arrival.Tests.TestSupport;
using Nerava.Arrival.Tracking;

namespace Nerava.Arrival.Tests.Tracking;

public class PollPlanTests
{
    [Fact]
    public void A_faster_car_clock_shrinks_the_wait_and_keeps_priority_and_reason()
    {
        var plan = new PollPlan(Places.T0.AddMinutes(4), 7, PollReasons.Approach);

        var scaled = plan.OnClockFasterBy(20, Places.T0);

        Assert.Equal(new PollPlan(Places.T0.AddSeconds(12), 7, PollReasons.Approach), scaled);
    }

    [Fact]
    public void Real_time_and_overdue_plans_stand()
    {
        var plan = new PollPlan(Places.T0.AddMinutes(4), 7, PollReasons.Approach);

        Assert.Same(plan, plan.OnClockFasterBy(1, Places.T0));
        Assert.Same(plan, plan.OnClockFasterBy(20, Places.T0.AddMinutes(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => plan.OnClockFasterBy(0.5, Places.T0));
    }
}
