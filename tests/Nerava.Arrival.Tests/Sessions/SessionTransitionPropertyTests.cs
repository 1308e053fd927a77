using FsCheck.Xunit;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class SessionTransitionPropertyTests
{
    private static readonly SessionStatus[] PastArrival =
        [SessionStatus.Arrived, SessionStatus.MerchantNotified, SessionStatus.Completed, SessionStatus.CompletedUnbillable];

    [Property(MaxTest = 500)]
    public bool No_sequence_without_ArrivalVerified_gets_past_arrival(SessionTrigger[] triggers)
    {
        var status = SessionStatus.PendingOrder;
        foreach (var trigger in triggers.Where(t => t != SessionTrigger.ArrivalVerified))
        {
            status = SessionTransitions.Apply(status, trigger).To;
            if (PastArrival.Contains(status))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public bool Reaching_notified_or_completed_always_went_through_an_accepted_arrival(SessionTrigger[] triggers)
    {
        var status = SessionStatus.PendingOrder;
        var arrivalAccepted = false;
        foreach (var trigger in triggers)
        {
            var result = SessionTransitions.Apply(status, trigger);
            arrivalAccepted |= result.Accepted && trigger == SessionTrigger.ArrivalVerified;
            status = result.To;
            if (PastArrival.Contains(status) && !arrivalAccepted)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Terminal_statuses_are_absorbing(SessionStatus start, SessionTrigger[] triggers)
    {
        var status = start;
        foreach (var trigger in triggers)
        {
            var result = SessionTransitions.Apply(status, trigger);
            if (SessionStatusNames.IsTerminal(status) && (result.Accepted || result.To != status))
            {
                return false;
            }

            status = result.To;
        }

        return true;
    }
}
