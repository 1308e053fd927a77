namespace Nerava.Arrival.Sessions;

/// <summary>What a driver's cancel means for the merchant.</summary>
public static class Cancellation
{
    /// <summary>
    /// True when the kitchen was already told to fire: the merchant is cooking for a driver who is not coming and must
    /// be told. Before that the merchant was told nothing that needs taking back (a heads-up says "don't fire yet").
    /// </summary>
    public static bool NotifiesMerchant(SessionStatus from, bool kitchenFired) => kitchenFired && SessionStatusNames.IsActive(from);
}
