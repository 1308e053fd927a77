using System.Globalization;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Arrival;

/// <summary>What the merchant reads: short enough for one SMS, everything staff need to hand over the order.</summary>
public static class MerchantMessages
{
    public static string FireSms(ArrivalSessionRow s, string? chargerName, bool afterCharge) =>
        $"Nerava: {(afterCharge ? "charge target reached — fire now" : "driver ARRIVED — fire now")}. " +
        $"Order {s.OrderNumber ?? "N/A"}. {ArrivalTypeText(s.ArrivalType)}, {FulfillmentText(s.FulfillmentType)}. " +
        $"Vehicle: {Vehicle(s)}. At: {chargerName ?? "the store"}. Reply DONE {s.MerchantReplyCode} when delivered.";

    public static string FireEmailSubject(ArrivalSessionRow s) =>
        $"EV Arrival: order {s.OrderNumber ?? "N/A"} — driver is here (code {s.MerchantReplyCode})";

    public static string FireEmailBody(ArrivalSessionRow s, string? chargerName, bool afterCharge) =>
        string.Join('\n',
            afterCharge ? "The driver's charge target is reached: prepare the order now." : "The driver has arrived: prepare the order now.",
            $"Order number: {s.OrderNumber ?? "N/A"}",
            $"Arrival type: {ArrivalTypeText(s.ArrivalType)}",
            $"Fulfilment: {FulfillmentText(s.FulfillmentType)}",
            $"Vehicle: {Vehicle(s)}",
            $"Charger: {chargerName ?? "—"}",
            $"Confirm when delivered: reply DONE {s.MerchantReplyCode} to the arrival SMS, or use the merchant console.");

    public static string HeadsUpSms(ArrivalSessionRow s, double etaMinutes) =>
        $"Nerava heads-up: order {s.OrderNumber ?? "N/A"} arrives in about " +
        $"{Math.Max(1, Math.Round(etaMinutes)).ToString(CultureInfo.InvariantCulture)} min ({Vehicle(s)}). " +
        "We'll text again on arrival — don't fire yet.";

    public static string ChargeHeadsUpSms(ArrivalSessionRow s, double minutes) =>
        $"Nerava heads-up: order {s.OrderNumber ?? "N/A"} — the driver's charge reaches its target in about " +
        $"{Math.Max(1, Math.Round(minutes)).ToString(CultureInfo.InvariantCulture)} min. We'll text when to fire.";

    private static string Vehicle(ArrivalSessionRow s) =>
        string.Join(' ', new[] { s.VehicleColor, s.VehicleModel }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } v
            ? v
            : "not given";

    private static string ArrivalTypeText(string type) => type == "ev_dine_in" ? "EV dine-in" : "EV curbside";

    private static string FulfillmentText(string? mode) => mode switch
    {
        "eat_in_car" => "deliver to the car",
        "dine_in" => "dine inside",
        _ => "walk-in pickup",
    };
}
