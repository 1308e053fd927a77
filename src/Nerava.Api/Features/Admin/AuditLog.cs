using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin;

/// <summary>
/// Adds an audit record (who, what, when) to the caller's unit of work, so the record commits with the change or not at
/// all. Details never carry secrets.
/// </summary>
public sealed class AuditLog(NeravaDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private string? _actorEmail;

    public async Task RecordAsync(ClaimsPrincipal admin, string action, string entityType, string entityId, object? details, CancellationToken ct)
    {
        var actorId = admin.SubjectId();
        _actorEmail ??= await db.AdminAccounts.Where(a => a.Id == actorId).Select(a => a.Email).SingleOrDefaultAsync(ct) ?? "unknown";
        var json = details is null ? null : JsonSerializer.Serialize(details, Json);
        db.AuditRecords.Add(new AuditRecord
        {
            Id = Guid.NewGuid(),
            ActorId = actorId,
            ActorEmail = _actorEmail,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = json is { Length: > 4000 } ? json[..4000] : json,
            At = clock.GetUtcNow(),
        });
    }

    /// <summary>Field-by-field changes between two snapshots of the same record: {field: [before, after]}.</summary>
    public static Dictionary<string, object?[]> Changes<T>(T before, T after)
    {
        var a = JsonSerializer.SerializeToElement(before, Json);
        var b = JsonSerializer.SerializeToElement(after, Json);
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in b.EnumerateObject())
        {
            var old = a.TryGetProperty(property.Name, out var o) ? o.GetRawText() : "null";
            if (old != property.Value.GetRawText())
            {
                changes[property.Name] = [a.TryGetProperty(property.Name, out var oo) ? oo.Clone() : null, property.Value.Clone()];
            }
        }

        return changes;
    }
}
