using System.Globalization;
using StackExchange.Redis;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>
/// Limits in Redis, for deployments that configure it. Sliding windows are sorted sets checked and filled by one Lua
/// script (atomic: check-then-add cannot interleave); logins are a hash changed by an optimistic transaction on its
/// version, with the same <see cref="LoginLockout"/> rule as the database store. Keys share one hash slot, so the
/// multi-key script also runs on a cluster.
/// </summary>
public sealed class RedisLimitStore(IConnectionMultiplexer redis, string name) : ILimitStore
{
    private readonly string _prefix = $"{{{name}-limits}}:";
    private const int MaxCasRounds = 40;

    // KEYS: the limit keys. ARGV: now (ms), member, then limit and window (ms) per key. Returns {index of the full key or 0, retry ms}.
    private const string ReserveScript = """
        local now = tonumber(ARGV[1])
        for i, key in ipairs(KEYS) do
          local limit = tonumber(ARGV[1 + 2 * i])
          local window = tonumber(ARGV[2 + 2 * i])
          redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
          local count = redis.call('ZCARD', key)
          if count >= limit then
            local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
            return {i, tonumber(oldest[2]) + window - now}
          end
        end
        for i, key in ipairs(KEYS) do
          redis.call('ZADD', key, now, ARGV[2])
          redis.call('PEXPIRE', key, tonumber(ARGV[2 + 2 * i]))
        end
        return {0, 0}
        """;

    public async Task<RateReservation> ReserveAsync(IReadOnlyList<RateLimit> limits, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var member = Guid.NewGuid().ToString("N");
        var args = new List<RedisValue> { now.ToUnixTimeMilliseconds(), member };
        foreach (var limit in limits)
        {
            args.Add(limit.Limit);
            args.Add((long)limit.Window.TotalMilliseconds);
        }

        var keys = limits.Select(l => (RedisKey)(_prefix + l.Key)).ToArray();
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ReserveScript, keys, [.. args]))!;
        var full = (int)result[0];
        return full == 0
            ? new RateReservation(true, TimeSpan.Zero, null, [.. limits.Select(l => $"{l.Key}|{member}")])
            : RateReservation.Refused(limits[full - 1].Key, TimeSpan.FromMilliseconds((long)result[1]));
    }

    public async Task ReleaseAsync(RateReservation reservation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var db = redis.GetDatabase();
        foreach (var token in reservation.Tokens)
        {
            var split = token.LastIndexOf('|');
            await db.SortedSetRemoveAsync(_prefix + token[..split], token[(split + 1)..]);
        }
    }

    public async Task<LoginDecision> ReserveLoginAsync(string key, LoginLimitOptions options, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var db = redis.GetDatabase();
        var hash = (RedisKey)(_prefix + "login:" + key);
        for (var round = 0; round < MaxCasRounds; round++)
        {
            var fields = (await db.HashGetAllAsync(hash)).ToDictionary(f => f.Name.ToString(), f => (long)f.Value, StringComparer.Ordinal);
            var version = fields.GetValueOrDefault("version");
            var state = fields.Count == 0 ? null : new LoginThrottleState((int)fields.GetValueOrDefault("attempts"), (int)fields.GetValueOrDefault("strikes"),
                fields.GetValueOrDefault("locked_until") is > 0 and var until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null,
                DateTimeOffset.FromUnixTimeMilliseconds(fields.GetValueOrDefault("updated_at")));
            var decision = LoginLockout.Reserve(state, now, options);
            if (!decision.Allowed)
            {
                return decision;
            }

            var transaction = db.CreateTransaction();
            transaction.AddCondition(version == 0 ? Condition.HashNotExists(hash, "version") : Condition.HashEqual(hash, "version", version));
            _ = transaction.HashSetAsync(hash, Fields(decision.Next!, version + 1));
            _ = transaction.KeyExpireAsync(hash, options.StrikeMemory + options.MaxLockout);
            if (await transaction.ExecuteAsync())
            {
                return decision;
            }
        }

        return LoginDecision.Locked(TimeSpan.FromSeconds(1));
    }

    public Task ResetLoginAsync(string key, DateTimeOffset now, CancellationToken ct) =>
        redis.GetDatabase().KeyDeleteAsync(_prefix + "login:" + key);

    private static HashEntry[] Fields(LoginThrottleState s, long version) =>
    [
        new("attempts", s.Attempts),
        new("strikes", s.Strikes),
        new("locked_until", s.LockedUntil?.ToUnixTimeMilliseconds() ?? 0),
        new("updated_at", s.UpdatedAt.ToUnixTimeMilliseconds()),
        new("version", version.ToString(CultureInfo.InvariantCulture)),
    ];
}
