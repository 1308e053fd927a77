namespace Nerava.Api.Data.Entities;

/// <summary>A remembered response to a keyed POST, scoped to the caller.</summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; }
    public required string Scope { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public int StatusCode { get; set; }
    public required string ResponseJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
