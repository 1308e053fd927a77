using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

/// <summary>Toast Orders API: GET /orders/v2/orders/{guid}; checks carry totalAmount in dollars.</summary>
public sealed class ToastOrderSource(HttpClient http, IOptions<PosOptions> options) : IPosOrderSource
{
    public string Provider => OrderSources.Toast;

    public async Task<PosOrder?> FindAsync(string orderNumber, PosCredentials? credentials, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{options.Value.ToastBaseUrl.TrimEnd('/')}/orders/v2/orders/{Uri.EscapeDataString(orderNumber)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials?.AccessToken ?? options.Value.ToastAccessToken);
        request.Headers.Add("Toast-Restaurant-External-ID", credentials?.ExternalId ?? options.Value.ToastRestaurantGuid);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        var dollars = doc.RootElement.TryGetProperty("checks", out var checks)
            ? checks.EnumerateArray().Sum(c => c.TryGetProperty("totalAmount", out var t) ? t.GetDecimal() : 0m)
            : 0m;
        var status = doc.RootElement.TryGetProperty("approvalStatus", out var s) ? s.GetString() : null;
        return new PosOrder(Provider, dollars > 0 ? (int)Math.Round(dollars * 100m) : null, status);
    }
}
