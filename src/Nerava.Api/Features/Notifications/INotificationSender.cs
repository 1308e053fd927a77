using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Notifications;

/// <summary>Delivers one message on one channel; returns the provider's message id.</summary>
public interface INotificationSender
{
    string Channel { get; }

    Task<string> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Told after a message was accepted by its provider (e.g. to mark a session merchant_notified).</summary>
public interface IOutboxDeliveryObserver
{
    Task OnDeliveredAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>The provider refused the message for good; the dispatcher stops retrying it.</summary>
public sealed class PermanentDeliveryException(string message) : Exception(message);
