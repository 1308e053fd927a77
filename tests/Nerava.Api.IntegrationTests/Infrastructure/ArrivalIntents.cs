using Microsoft.EntityFrameworkCore;
using Nerava.Arrival.Sessions;

namespace Nerava.Api.IntegrationTests.Infrastructure;

/// <summary>What a driver and a merchant do, as one-liners for tests.</summary>
public static class ArrivalIntents
{
    public static async Task<JsonElement> CreateSessionFromDallasAsync(this HttpClient driver, object? extra = null, string? idempotencyKey = null)
    {
        var response = await driver.PostCreateAsync(new
        {
            merchant_id = Demo.StaffMerchant,
            charger_id = Demo.SanAntonioCharger,
            arrival_type = "ev_curbside",
            fulfillment_type = "walk_in",
            lat = Demo.DallasLat,
            lng = Demo.DallasLng,
            accuracy_m = 20,
        }, idempotencyKey);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> PostCreateAsync(this HttpClient driver, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/arrival/create") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await driver.SendAsync(request);
    }

    public static Task<HttpResponseMessage> BindOrderAsync(this HttpClient driver, string sessionId, string order = "A-1042", int? estimate = 4500) =>
        driver.PutAsJsonAsync($"/v1/arrival/{sessionId}/order", new { order_number = order, estimated_total_cents = estimate });

    public static Task<HttpResponseMessage> ImHereAsync(this HttpClient driver, string sessionId, double lat = Demo.SanAntonioChargerLat,
        double lng = Demo.SanAntonioChargerLng, string charger = Demo.SanAntonioCharger) =>
        driver.PostAsJsonAsync($"/v1/arrival/{sessionId}/confirm-arrival", new { charger_id = charger, lat, lng, accuracy_m = 15 });

    /// <summary>A fresh driver's session that arrived and whose merchant was told; with its reply code.</summary>
    public static async Task<(Guid Id, string Code)> ArrivedSessionAsync(this NeravaApiFactory api)
    {
        var (driver, _) = await api.LoginDriverAsync();
        var id = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(id, $"S-{Guid.NewGuid():N}"[..8])).EnsureSuccessStatusCode();
        (await driver.ImHereAsync(id)).EnsureSuccessStatusCode();
        await api.WaitForStatusAsync(id, "merchant_notified");
        var code = await api.WithDbAsync(d => d.Sessions.Where(s => s.Id == Guid.Parse(id)).Select(s => s.MerchantReplyCode).SingleAsync());
        return (Guid.Parse(id), code);
    }

    public static string Id(this JsonElement session) => session.GetProperty("session_id").GetString()!;

    public static async Task<string> MerchantPhoneAsync(this NeravaApiFactory api, string merchantId = Demo.StaffMerchant) =>
        await api.WithDbAsync(db => db.Merchants.Where(m => m.Id == merchantId).Select(m => m.SmsPhone!).SingleAsync());

    /// <summary>The session's status as stored (its wire name).</summary>
    public static async Task<string> StatusAsync(this NeravaApiFactory api, string sessionId) =>
        SessionStatusNames.ToWire(await api.WithDbAsync(db => db.Sessions.Where(s => s.Id == Guid.Parse(sessionId)).Select(s => s.Status).SingleAsync()));

    /// <summary>Polls the database until the session reaches <paramref name="status"/> (the dispatcher runs in the background).</summary>
    public static async Task WaitForStatusAsync(this NeravaApiFactory api, string sessionId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await api.StatusAsync(sessionId) != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Session {sessionId} never reached {status}.");
            await Task.Delay(50);
        }
    }
}
