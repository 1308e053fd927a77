using Nerava.Arrival.Policy;
using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tracking;

/// <summary>What a poll must read for the policy.</summary>
[Flags]
public enum Readings
{
    None = 0,

    /// <summary>Where the car is.</summary>
    Position = 1,

    /// <summary>State of charge and charging state.</summary>
    Charge = 2,
}

/// <summary>
/// The readings a session's next poll needs, so no request is spent on data nothing uses (Smartcar bills each v2 batch item):
/// before arrival the position; after arrival, for Ready After Charge, the charge.
/// </summary>
public static class PollReadings
{
    public static Readings For(SessionSnapshot session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return For(session.Status, session.Trigger, session.KitchenFired);
    }

    public static Readings For(SessionStatus status, FireTrigger trigger, bool kitchenFired) =>
        SessionStatusNames.IsArrived(status) && trigger == FireTrigger.AfterCharge && !kitchenFired ? Readings.Charge : Readings.Position;
}
