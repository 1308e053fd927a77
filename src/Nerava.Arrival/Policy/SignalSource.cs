namespace Nerava.Arrival.Policy;

/// <summary>Where an arrival signal came from. The policy treats all of them through one function.</summary>
public enum SignalSource
{
    /// <summary>The driver tapped "I'm here"; verified server-side against the charger.</summary>
    Manual,

    /// <summary>The phone's geofence fired; verified server-side like <see cref="Manual"/>.</summary>
    PhoneGeofence,

    /// <summary>A Smartcar poll (location and/or battery).</summary>
    Smartcar,

    /// <summary>A Smartcar webhook carrying the same data as a poll.</summary>
    SmartcarWebhook,

    /// <summary>The session's charger reported plug-in / charging started (and possibly SoC).</summary>
    Charger,
}

/// <summary>Wire names of <see cref="SignalSource"/> (stored as <c>arrival_source</c>).</summary>
public static class SignalSourceNames
{
    public static string ToWire(this SignalSource source) => source switch
    {
        SignalSource.Manual => "manual",
        SignalSource.PhoneGeofence => "phone_geofence",
        SignalSource.Smartcar => "smartcar",
        SignalSource.SmartcarWebhook => "smartcar_webhook",
        SignalSource.Charger => "charger",
    };

    public static bool TryParse(string? wire, out SignalSource source)
    {
        foreach (var candidate in Enum.GetValues<SignalSource>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                source = candidate;
                return true;
            }
        }

        source = default;
        return false;
    }
}
