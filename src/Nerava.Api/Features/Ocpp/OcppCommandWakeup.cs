using Nerava.Api.Features.Realtime;
using StackExchange.Redis;

namespace Nerava.Api.Features.Ocpp;

/// <summary>
/// Wakes the command pumps when a command is queued: in this process directly, and on every other instance through
/// Redis pub/sub when <c>Realtime:RedisConnection</c> is set (without Redis, other instances find it on their next poll).
/// </summary>
public sealed class OcppCommandWakeup(IConfiguration configuration, ILogger<OcppCommandWakeup> logger) : IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("nerava:ocpp:commands");
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lazy<Task<ConnectionMultiplexer?>> _redis = new(() => ConnectAsync(configuration, logger));
    private bool _subscribed;

    public async Task NotifyAsync(string chargePointId)
    {
        Release();
        if (await _redis.Value is { } redis)
        {
            await redis.GetSubscriber().PublishAsync(Channel, chargePointId);
        }
    }

    /// <summary>Waits for a wake-up or <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (await _redis.Value is { } redis && !_subscribed)
        {
            _subscribed = true;
            await redis.GetSubscriber().SubscribeAsync(Channel, (_, _) => Release());
        }

        await _signal.WaitAsync(timeout, ct);
    }

    private void Release()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    private static async Task<ConnectionMultiplexer?> ConnectAsync(IConfiguration configuration, ILogger logger)
    {
        var redis = configuration["Realtime:RedisConnection"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return null;
        }

        try
        {
            return await ConnectionMultiplexer.ConnectAsync(RedisConnection.ToConfiguration(redis));
        }
        catch (RedisConnectionException ex)
        {
            logger.LogWarning(ex, "OCPP command wake-ups fall back to polling: Redis unreachable");
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis.IsValueCreated && await _redis.Value is { } redis)
        {
            await redis.DisposeAsync();
        }
    }
}
