namespace Nerava.Api.Features.Auth;

public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>HMAC key for JWTs and OTP hashes (≥ 32 bytes). Empty in the embedded default: one is generated and kept in the data folder.</summary>
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "nerava";
    public string Audience { get; set; } = "nerava-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
    public TimeSpan OtpLifetime { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxCodesPerPhonePerHour { get; set; } = 5;
    public int MaxCodesPerIpPerHour { get; set; } = 20;
    public int MaxWrongAttemptsPerCode { get; set; } = 5;
}
