namespace Nerava.Api.Features.Analytics;

/// <summary>A product event to record once the change it describes has committed.</summary>
public sealed record AnalyticsEvent(string Name, IReadOnlyDictionary<string, object?>? Properties = null);

/// <summary>Names of the product events (PostHog event names); dashboards depend on these strings.</summary>
public static class AnalyticsEvents
{
    public const string Created = "ev_arrival.created";
    public const string OrderBound = "ev_arrival.order_bound";
    public const string OrderQueued = "ev_arrival.order_queued";
    public const string QueuedOrderReleased = "ev_arrival.queued_order_released";
    public const string GeofenceEntered = "ev_arrival.geofence_entered";
    public const string Arrived = "ev_arrival.arrived";
    public const string SmartcarTriggered = "ev_arrival.smartcar_triggered";
    public const string ChargerChanged = "ev_arrival.charger_changed";
    public const string KitchenFired = "ev_arrival.kitchen_fired";
    public const string MerchantNotified = "ev_arrival.merchant_notified";
    public const string MerchantConfirmed = "ev_arrival.merchant_confirmed";
    public const string Completed = "ev_arrival.completed";
    public const string Canceled = "ev_arrival.canceled";
    public const string Expired = "ev_arrival.expired";
    public const string FeedbackSubmitted = "ev_arrival.feedback_submitted";
    public const string SmartcarConnected = "smartcar.connected";
}
