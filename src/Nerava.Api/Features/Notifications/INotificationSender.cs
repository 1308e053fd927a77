using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications;

/// <summary>Delivers one message on one channel; returns the provider's message id.</summary>
public interface INotificationSender
{
    string Channel { get; }

    Task<string> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>A sender that can tell whether the provider already has a message (exactly-once channels).</summary>
public interface IDeliveryLookup
{
    /// <summary>The provider id of <paramref name="message"/> when the provider took it at or after <paramref name="since"/>; else null.</summary>
    Task<string?> FindSentAsync(OutboxMessage message, DateTimeOffset since, CancellationToken ct);
}

/// <summary>Told after a message was accepted by its provider (e.g. to mark a session merchant_notified).</summary>
public interface IOutboxDeliveryObserver
{
    Task OnDeliveredAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>The provider refused the message for good; the dispatcher stops retrying it.</summary>
public sealed class PermanentDeliveryException(string message) : Exception(message);

/// <summary>
/// The provider certainly did not take the message (429, or no connection was made): retry later, and no need to
/// ask the provider about this attempt. Any other failure leaves the outcome unknown.
/// </summary>
public sealed class NotDeliveredException(string message, Exception? inner = null) : Exception(message, inner);
