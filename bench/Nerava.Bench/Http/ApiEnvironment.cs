using System.Security.Cryptography;

namespace Nerava.Bench.Http;

/// <summary>
/// The environment the benchmarked API runs with: Production, PostgreSQL, live notification channels (to the local
/// sinks), live Smartcar mode (never called: no session uses a car), production log levels from appsettings.json.
/// Every secret is random per run. Demo data is seeded so the catalog and the demo staff account exist.
/// </summary>
internal static class ApiEnvironment
{
    public static Dictionary<string, string> For(string connectionString, string baseUrl, MessageSinks sinks) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Nerava"] = connectionString,
        ["Database__SeedDemoData"] = "true",
        ["Auth__SigningKey"] = Secret(48),
        // Every driver logs in, and every wrk connection reads, from one loopback address: the per-address ceilings (OTP
        // codes, the general per-client limit) and the hourly country and overall OTP budgets would stop the run. The
        // limiter itself stays in the request path, so its cost is measured.
        ["Auth__MaxCodesPerIpPerHour"] = "100000",
        ["Auth__MaxCodesPerCountryPerHour"] = "100000",
        ["Auth__MaxCodesPerHour"] = "100000",
        ["RateLimiting__PermitsPerMinute"] = "100000000",
        ["Notifications__Channel"] = "Live",
        ["Twilio__BaseUrl"] = sinks.TwilioBaseUrl,
        ["Twilio__AccountSid"] = "AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        ["Twilio__AuthToken"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        ["Twilio__FromNumber"] = "+15125550000",
        ["Twilio__WebhookUrl"] = $"{baseUrl}/v1/webhooks/twilio/sms",
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = $"{sinks.SmtpPort}",
        ["Smtp__UseStartTls"] = "false",
        ["Smartcar__Mode"] = "Live",
        ["Smartcar__ClientId"] = Guid.NewGuid().ToString(),
        ["Smartcar__ClientSecret"] = Secret(32),
        ["Smartcar__WebhookSecret"] = Secret(32),
        ["Smartcar__PublicBaseUrl"] = baseUrl,
        ["Smartcar__WebAppBaseUrl"] = baseUrl,
        ["Jobs__DashboardPassword"] = Secret(24),
        ["DataProtection__KeyEncryptionKey"] = Secret(32),
    };

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Secret(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));
}
