using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Sessions;

/// <summary>Square Orders API: GET /v2/orders/{order_id}; total_money.amount is already in cents.</summary>
public sealed class SquareOrderSource(HttpClient http, IOptions<PosOptions> options) : IPosOrderSource
{
    public string Provider => OrderSources.Square;

    public async Task<PosOrder?> FindAsync(string orderNumber, PosCredentials? credentials, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{options.Value.SquareBaseUrl.TrimEnd('/')}/v2/orders/{Uri.EscapeDataString(orderNumber)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials?.AccessToken ?? options.Value.SquareAccessToken);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        var order = doc.RootElement.GetProperty("order");
        int? total = order.TryGetProperty("total_money", out var money) && money.TryGetProperty("amount", out var amount)
            ? amount.GetInt32()
            : null;
        return new PosOrder(Provider, total, order.TryGetProperty("state", out var state) ? state.GetString() : null);
    }
}
