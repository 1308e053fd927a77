using System.Globalization;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.Features.Arrival;

/// <summary>
/// What the merchant reads: short enough for one SMS, everything staff need to hand over the order. A session with no
/// bound order says so plainly — the driver orders at the counter — never "Order N/A".
/// </summary>
public static class MerchantMessages
{
    public const string NoPreOrder = "No pre-order — the driver will order at the counter";

    public static string FireSms(ArrivalSessionRow s, string? chargerName, bool afterCharge) =>
        $"Nerava: {Headline(s, afterCharge)}. {OrderLine(s)}. {ArrivalTypeText(s.ArrivalType)}, {FulfillmentText(s.FulfillmentType)}. " +
        $"Vehicle: {Vehicle(s)}. At: {chargerName ?? "the store"}. Reply DONE {s.MerchantReplyCode} when {(HasOrder(s) ? "delivered" : "served")}.";

    public static string FireEmailSubject(ArrivalSessionRow s) => HasOrder(s)
        ? $"EV Arrival: order {s.OrderNumber} — driver is here (code {s.MerchantReplyCode})"
        : $"EV Arrival: driver is here, no pre-order (code {s.MerchantReplyCode})";

    public static string FireEmailBody(ArrivalSessionRow s, string? chargerName, bool afterCharge) =>
        string.Join('\n',
            HasOrder(s)
                ? afterCharge ? "The driver's charge target is reached: prepare the order now." : "The driver has arrived: prepare the order now."
                : "The driver has arrived. " + NoPreOrder + ".",
            HasOrder(s) ? $"Order number: {s.OrderNumber}" : "Order: none yet",
            $"Arrival type: {ArrivalTypeText(s.ArrivalType)}",
            $"Fulfilment: {FulfillmentText(s.FulfillmentType)}",
            $"Vehicle: {Vehicle(s)}",
            $"Charger: {chargerName ?? "—"}",
            $"Confirm when served: reply DONE {s.MerchantReplyCode} to the arrival SMS, or use the merchant console.");

    public static string HeadsUpSms(ArrivalSessionRow s, double etaMinutes) =>
        $"Nerava heads-up: {OrderRef(s)} arrives in about {Minutes(etaMinutes)} min ({Vehicle(s)}). " +
        "We'll text again on arrival — don't fire yet.";

    public static string ChargeHeadsUpSms(ArrivalSessionRow s, double minutes) =>
        $"Nerava heads-up: {OrderRef(s)} — the driver's charge reaches its target in about {Minutes(minutes)} min. We'll text when to fire.";

    public static string CancelSms(ArrivalSessionRow s) => HasOrder(s)
        ? $"Nerava: CANCELED — the driver canceled order {s.OrderNumber} (code {s.MerchantReplyCode}) after you were told to fire it. Don't hand it over."
        : $"Nerava: CANCELED — the driver with code {s.MerchantReplyCode} (no pre-order) canceled after arriving. Nothing to hand over.";

    public static string CancelEmailSubject(ArrivalSessionRow s) => HasOrder(s)
        ? $"EV Arrival canceled: order {s.OrderNumber} (code {s.MerchantReplyCode})"
        : $"EV Arrival canceled: no pre-order (code {s.MerchantReplyCode})";

    public static string CancelEmailBody(ArrivalSessionRow s) =>
        string.Join('\n',
            "The driver canceled this EV Arrival after the kitchen was told to fire.",
            HasOrder(s) ? $"Order number: {s.OrderNumber} — don't hand it over." : "There was no pre-order: nothing to hand over.",
            $"Vehicle: {Vehicle(s)}",
            $"Code: {s.MerchantReplyCode} (no reply needed)");

    /// <summary>"order A-1042", or "the driver with no pre-order", for replies and heads-ups.</summary>
    public static string OrderRef(ArrivalSessionRow s) => HasOrder(s) ? $"order {s.OrderNumber}" : "the driver with no pre-order";

    private static bool HasOrder(ArrivalSessionRow s) => !string.IsNullOrWhiteSpace(s.OrderNumber);

    private static string Headline(ArrivalSessionRow s, bool afterCharge) => (afterCharge, HasOrder(s)) switch
    {
        (true, true) => "charge target reached — fire now",
        (true, false) => "the driver's charge target is reached",
        (false, true) => "driver ARRIVED — fire now",
        (false, false) => "driver ARRIVED",
    };

    private static string OrderLine(ArrivalSessionRow s) => HasOrder(s) ? $"Order {s.OrderNumber}" : NoPreOrder;

    private static string Minutes(double minutes) => Math.Max(1, Math.Round(minutes)).ToString(CultureInfo.InvariantCulture);

    private static string Vehicle(ArrivalSessionRow s) =>
        string.Join(' ', new[] { s.VehicleColor, s.VehicleModel }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } v
            ? v
            : "not given";

    private static string ArrivalTypeText(string type) => type == ArrivalTypes.EvDineIn ? "EV dine-in" : "EV curbside";

    private static string FulfillmentText(string? mode) => mode switch
    {
        FulfillmentModes.EatInCar => "deliver to the car",
        FulfillmentModes.DineIn => "dine inside",
        _ => "walk-in pickup",
    };
}
