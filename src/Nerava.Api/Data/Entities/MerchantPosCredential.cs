namespace Nerava.Api.Data.Entities;

/// <summary>A merchant's own POS credentials (Toast or Square). The token is Data Protection ciphertext, never returned.</summary>
public sealed class MerchantPosCredential
{
    public required string MerchantId { get; set; }
    /// <summary>toast or square.</summary>
    public required string Provider { get; set; }
    public required string ProtectedAccessToken { get; set; }
    /// <summary>Toast's restaurant GUID (Square needs none).</summary>
    public string? ExternalId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
