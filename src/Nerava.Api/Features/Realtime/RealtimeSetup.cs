using System.Text.Json;

namespace Nerava.Api.Features.Realtime;

public static class RealtimeSetup
{
    /// <summary>SignalR with snake_case payloads; a Redis backplane when Realtime:RedisConnection (or REDIS_URL) is set.</summary>
    public static WebApplicationBuilder AddNeravaRealtime(this WebApplicationBuilder builder)
    {
        var signalr = builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        var redis = builder.Configuration["Realtime:RedisConnection"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalr.AddStackExchangeRedis(RedisConnection.ToConfiguration(redis),
                o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("nerava"));
        }

        builder.Services.AddSingleton<SessionBroadcaster>();
        return builder;
    }
}
