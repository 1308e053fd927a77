namespace Nerava.Api.Data.Entities;

/// <summary>A shared token bucket (e.g. Smartcar's application-wide budget) that every worker takes from.</summary>
public sealed class RateBucket
{
    public required string Name { get; set; }
    public double Tokens { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
