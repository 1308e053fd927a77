using System.Text.Json;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.V3;

/// <summary>
/// Reads v3's charge signals into the version-neutral shape: <c>charge-detailedchargingstatus</c> carries the
/// fully-charged state v2 reported as <c>FULLY_CHARGED</c> (the boolean <c>charge-ischarging</c> cannot), and
/// <c>charge-chargelimits</c> the limit the car stops at.
/// </summary>
public static class V3ChargeSignals
{
    /// <summary>The state from <c>charge-detailedchargingstatus</c>, else from <c>charge-ischarging</c>; null when neither has a value.</summary>
    public static ChargeState? State(V3Signal? detailed, V3Signal? isCharging)
    {
        if (detailed is { HasValue: true } && (detailed.GetString("value") ?? detailed.GetString("status")) is { } wire)
        {
            var state = Parse(wire);
            if (state != ChargeState.Unknown)
            {
                return state;
            }
        }

        return isCharging is { HasValue: true } && isCharging.GetBoolean("value") is { } charging
            ? charging ? ChargeState.Charging : ChargeState.NotCharging
            : null;
    }

    public static ChargeState Parse(string wire) => wire.ToUpperInvariant() switch
    {
        "CHARGING" => ChargeState.Charging,
        "FULLY_CHARGED" or "COMPLETE" or "COMPLETED" or "CHARGE_COMPLETE" => ChargeState.FullyCharged,
        "NOT_CHARGING" or "STOPPED" or "DISCONNECTED" => ChargeState.NotCharging,
        _ => ChargeState.Unknown,
    };

    /// <summary>
    /// The charge limit in percent: <c>activeLimit</c> when the car reports one, else the global limit, else the first
    /// listed. A value at or below 1 is a fraction (v2's style) and is scaled to percent.
    /// </summary>
    public static double? LimitPercent(V3Signal? limits)
    {
        if (limits is not { HasValue: true, Body: { } body })
        {
            return null;
        }

        var limit = limits.GetNumber("activeLimit");
        if (limit is null && body.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var entries = values.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).ToList();
            var global = entries.FirstOrDefault(e => e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                && string.Equals(t.GetString(), "global", StringComparison.OrdinalIgnoreCase));
            var chosen = global.ValueKind == JsonValueKind.Object ? global : entries.FirstOrDefault();
            if (chosen.ValueKind == JsonValueKind.Object && chosen.TryGetProperty("limit", out var l) && l.ValueKind == JsonValueKind.Number)
            {
                limit = l.GetDouble();
            }
        }

        return limit switch
        {
            null => null,
            <= 0 or > 100 => null,
            <= 1 => limit * 100,
            _ => limit,
        };
    }
}
