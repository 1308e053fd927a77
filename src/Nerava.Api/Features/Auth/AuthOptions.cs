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

    /// <summary>Codes per country calling code ("+1") per hour.</summary>
    public int MaxCodesPerCountryPerHour { get; set; } = 1_000;

    /// <summary>Codes per hour in all: the ceiling on what SMS pumping can cost.</summary>
    public int MaxCodesPerHour { get; set; } = 2_000;

    /// <summary>Guesses evaluated per code, right or wrong; later ones are refused without looking.</summary>
    public int MaxWrongAttemptsPerCode { get; set; } = 5;

    /// <summary>Regions (libphonenumber's ISO 3166 codes) whose numbers may receive codes; empty = US only.</summary>
    public string[] AllowedPhoneRegions { get; set; } = [];

    public IReadOnlyList<string> PhoneRegions => AllowedPhoneRegions.Length == 0 ? ["US"] : AllowedPhoneRegions;
}
