using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

public sealed record PosOrder(string Source, int? TotalCents, string? Status);

/// <summary>One POS adapter (Toast, Square): finds an order by the number the driver typed.</summary>
public interface IPosOrderSource
{
    string Provider { get; }

    Task<PosOrder?> FindAsync(string orderNumber, CancellationToken ct);
}

/// <summary>
/// Asks the merchant's POS for the order when one is connected; a POS that is down or does not know the
/// order never blocks binding — the order is then recorded as manual with the driver's estimate.
/// </summary>
public sealed class PosLookup(IEnumerable<IPosOrderSource> sources, ILogger<PosLookup> logger)
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
            return await source.FindAsync(orderNumber, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
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
