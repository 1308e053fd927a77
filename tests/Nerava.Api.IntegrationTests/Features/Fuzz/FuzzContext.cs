namespace Nerava.Api.IntegrationTests.Features.Fuzz;

/// <summary>Real credentials and ids, so generated requests get past authentication and reach the handlers.</summary>
public sealed record FuzzContext(string DriverToken, string StaffToken, string RefreshToken, string SessionId, string DriverPhone)
{
    public static async Task<FuzzContext> CreateAsync(NeravaApiFactory api)
    {
        var phone = NeravaApiFactory.NewPhone();
        var (driver, tokens) = await api.LoginDriverAsync(phone);
        var session = (await driver.CreateSessionFromDallasAsync()).Id();
        (await driver.BindOrderAsync(session)).EnsureSuccessStatusCode();
        using var staff = await api.LoginStaffAsync();
        driver.Dispose();
        return new FuzzContext(tokens.access_token, staff.DefaultRequestHeaders.Authorization!.Parameter!, tokens.refresh_token, session, phone);
    }

    /// <summary>A plausible valid value for a field, by its wire name (null: no opinion).</summary>
    public object? KnownValue(string name, Random rng) => name switch
    {
        "merchant_id" => Demo.StaffMerchant,
        "charger_id" or "id" => Demo.SanAntonioCharger,
        "arrival_type" => rng.Next(2) == 0 ? "ev_curbside" : "ev_dine_in",
        "fulfillment_type" => new[] { "walk_in", "eat_in_car", "dine_in" }[rng.Next(3)],
        "phone" => rng.Next(3) == 0 ? DriverPhone : NeravaApiFactory.NewPhone(),
        "sms_phone" => "+12105550101",
        "code" => rng.Next(1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        "email" => "staff@demo.nerava.test",
        "password" => rng.Next(2) == 0 ? "demo-password-1" : "wrong-password",
        "refresh_token" => RefreshToken,
        "order_number" => $"F-{rng.Next(10_000)}",
        "rating" => rng.Next(2) == 0 ? "up" : "down",
        "status" => new[] { "arrived", "merchant_notified", "completed", "awaiting_arrival", "nonsense" }[rng.Next(5)],
        "lat" => Demo.SanAntonioChargerLat + ((rng.NextDouble() - 0.5) * 0.01),
        "lng" => Demo.SanAntonioChargerLng + ((rng.NextDouble() - 0.5) * 0.01),
        "accuracy_m" => rng.Next(5, 60),
        "radius_m" => rng.Next(100, 100_000),
        "confirmed" => rng.Next(4) != 0,
        "idempotency_key" => Guid.NewGuid().ToString(),
        "color" => "Pearl White",
        "model" => "Tesla Model Y",
        "prep_minutes" => rng.Next(0, 60),
        "target_soc_percent" => rng.Next(10, 101),
        _ when name.EndsWith("_cents", StringComparison.Ordinal) => rng.Next(0, 100_000),
        _ => null,
    };
}
