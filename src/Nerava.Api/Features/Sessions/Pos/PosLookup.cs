using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

public sealed record PosOrder(string Source, int? TotalCents, string? Status);

/// <summary>One POS adapter (Toast, Square): finds an order by the number the driver typed.</summary>
public interface IPosOrderSource
{
    string Provider { get; }

    /// <param name="orderNumber">The number the driver typed.</param>
    /// <param name="credentials">The merchant's own credentials; null uses the global Pos:* settings.</param>
    /// <param name="ct">Cancels the lookup.</param>
    Task<PosOrder?> FindAsync(string orderNumber, PosCredentials? credentials, CancellationToken ct);
}

/// <summary>
/// Asks the merchant's POS for the order when one is connected; a POS that is down or does not know the
/// order never blocks binding — the order is then recorded as manual with the driver's estimate.
/// </summary>
public sealed class PosLookup(IEnumerable<IPosOrderSource> sources, PosCredentialVault vault, ILogger<PosLookup> logger)
{
    public async Task<PosOrder?> FindAsync(Merchant merchant, string orderNumber, CancellationToken ct)
    {
        var source = sources.FirstOrDefault(s => s.Provider == merchant.PosProvider);
        if (source is null)
        {
            return null;
        }

        try
        {
            // A merchant's own credentials (set through the admin API) win over the global token.
            var own = await vault.FindAsync(merchant.Id, ct);
            return await source.FindAsync(orderNumber, own?.Provider == source.Provider ? own : null, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                                       or System.Security.Cryptography.CryptographicException)
        {
            logger.LogWarning("POS lookup at {Provider} for merchant {MerchantId} failed: {Error}", merchant.PosProvider, merchant.Id, ex.GetType().Name);
            return null;
        }
    }
}

public sealed class PosOptions
{
    public const string SectionName = "Pos";

    public string SquareBaseUrl { get; set; } = "https://connect.squareup.com";
    public string SquareAccessToken { get; set; } = "";
    public string ToastBaseUrl { get; set; } = "https://ws-api.toasttab.com";
    public string ToastAccessToken { get; set; } = "";
    public string ToastRestaurantGuid { get; set; } = "";
}
