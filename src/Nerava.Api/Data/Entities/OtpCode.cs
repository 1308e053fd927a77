namespace Nerava.Api.Data.Entities;

/// <summary>A login code sent by SMS. Only its keyed hash is stored.</summary>
public sealed class OtpCode
{
    public Guid Id { get; set; }
    public required string Phone { get; set; }
    public required string CodeHash { get; set; }
    public required string ClientIp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConsumedAt { get; set; }
    /// <summary>Guesses taken, right or wrong: each is taken by a conditional update before it is evaluated.</summary>
    public int FailedAttempts { get; set; }
}
