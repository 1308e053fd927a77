namespace Nerava.Api.Data.Entities;

/// <summary>
/// One counted action (an OTP sent, a login tried) under a limit key; a sliding window counts a key's rows. Keys hold
/// keyed hashes, never phone numbers or addresses.
/// </summary>
public sealed class RateEvent
{
    public Guid Id { get; set; }
    public required string Key { get; set; }
    public DateTimeOffset At { get; set; }
}
