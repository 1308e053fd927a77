namespace Nerava.Arrival.Policy;

/// <summary>What fires the kitchen. Both go through the same policy; arrival is always required first.</summary>
public enum FireTrigger
{
    /// <summary>Ready on Arrival: fire when arrival is verified.</summary>
    OnArrival,

    /// <summary>Ready After Charge: after arrival, fire when the target SoC is reached or charging completes.</summary>
    AfterCharge,
}
