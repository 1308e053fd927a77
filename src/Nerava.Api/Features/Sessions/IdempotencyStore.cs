using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

public abstract record IdempotencyLookup
{
    public sealed record None : IdempotencyLookup;
    public sealed record Replay(SessionResponse Response) : IdempotencyLookup;
    public sealed record Mismatch : IdempotencyLookup;
}

/// <summary>The part of an idempotency record a lookup needs.</summary>
public sealed record StoredIdempotency(string RequestHash, string ResponseJson);

/// <summary>
/// Stripe-style keys for create: the same key and body return the original response, the same key with another
/// body is refused. Keys are scoped to the driver, so one driver can never replay another's.
/// </summary>
public sealed class IdempotencyStore(NeravaDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IdempotencyLookup> FindAsync(Guid driverId, string? key, CreateSessionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key))
        {
            return new IdempotencyLookup.None();
        }

        var record = await Records(driverId, key).Select(r => new StoredIdempotency(r.RequestHash, r.ResponseJson)).SingleOrDefaultAsync(ct);
        return Judge(record, request);
    }

    /// <summary>The stored records of this driver's key, for a caller that reads them within a larger query.</summary>
    public IQueryable<IdempotencyRecord> Records(Guid driverId, string? key)
    {
        var scope = Scope(driverId);
        return db.IdempotencyRecords.AsNoTracking().Where(r => r.Scope == scope && r.Key == key);
    }

    /// <summary>What a stored record (or none) means for this request.</summary>
    public static IdempotencyLookup Judge(StoredIdempotency? record, CreateSessionRequest request)
    {
        if (record is null)
        {
            return new IdempotencyLookup.None();
        }

        return record.RequestHash == Hash(request)
            ? new IdempotencyLookup.Replay(JsonSerializer.Deserialize<SessionResponse>(record.ResponseJson, Json)!)
            : new IdempotencyLookup.Mismatch();
    }

    /// <summary>Adds the record to the caller's unit of work, so it commits with the session it describes.</summary>
    public void Remember(Guid driverId, string? key, CreateSessionRequest request, SessionResponse response, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Id = Guid.NewGuid(),
            Scope = Scope(driverId),
            Key = key,
            RequestHash = Hash(request),
            StatusCode = 201,
            ResponseJson = JsonSerializer.Serialize(response, Json),
            CreatedAt = now,
        });
    }

    private static string Scope(Guid driverId) => $"arrival.create:{driverId}";

    private static string Hash(CreateSessionRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));
}
