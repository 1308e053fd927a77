using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth.Limits;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Features.Auth;

public abstract record OtpStartResult
{
    public sealed record Sent(TimeSpan ExpiresIn) : OtpStartResult;
    public sealed record Limited(TimeSpan RetryAfter) : OtpStartResult;
    public sealed record NotSupported : OtpStartResult;
}

public enum OtpVerifyStatus { Ok, Invalid, Expired, Used, TooManyAttempts }

/// <summary>
/// Phone login codes: 6 digits from a CSPRNG, stored as keyed hashes, single use, 10 minutes. Codes go only to
/// supported numbers (<see cref="PhonePolicy"/>), within hourly budgets per number, per client address, per country
/// calling code and overall, counted atomically in the shared store so they hold across instances and under races.
/// Each code gets at most MaxWrongAttemptsPerCode guesses, each taken by a conditional update before it is evaluated.
/// </summary>
public sealed class OtpService(NeravaDbContext db, SigningKeyProvider keys, OutboxWriter outbox, PhonePolicy phones, ILimitStore limits,
    IOptions<AuthOptions> options, TimeProvider clock)
{
    private const string Purpose = "otp";
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly AuthOptions _options = options.Value;

    public async Task<OtpStartResult> StartAsync(string phone, string clientIp, CancellationToken ct)
    {
        var check = phones.Check(phone);
        if (!check.Supported)
        {
            return new OtpStartResult.NotSupported();
        }

        var now = clock.GetUtcNow();
        var budget = await limits.ReserveAsync(
        [
            new RateLimit(LimitKeys.For(keys, "otp-phone", phone), _options.MaxCodesPerPhonePerHour, Window),
            new RateLimit(LimitKeys.For(keys, "otp-ip", clientIp), _options.MaxCodesPerIpPerHour, Window),
            new RateLimit($"otp-country:{check.CountryPrefix}", _options.MaxCodesPerCountryPerHour, Window),
            new RateLimit("otp-all", _options.MaxCodesPerHour, Window),
        ], now, ct);
        if (!budget.Allowed)
        {
            return new OtpStartResult.Limited(budget.RetryAfter);
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var otp = new OtpCode
        {
            Id = Guid.NewGuid(),
            Phone = phone,
            CodeHash = keys.Hash(Purpose, $"{phone}:{code}"),
            ClientIp = clientIp,
            CreatedAt = now,
            ExpiresAt = now + _options.OtpLifetime,
        };
        db.OtpCodes.Add(otp);
        outbox.Enqueue($"otp:{otp.Id}", sessionId: null, kind: OutboxKinds.Otp, NotificationChannel.Sms, phone, subject: null,
            $"Your Nerava code is {code}. It expires in {(int)_options.OtpLifetime.TotalMinutes} minutes. Don't share it.");
        await db.SaveChangesAsync(ct);
        return new OtpStartResult.Sent(_options.OtpLifetime);
    }

    public async Task<OtpVerifyStatus> VerifyAsync(string phone, string code, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var latest = await db.OtpCodes.AsNoTracking().Where(o => o.Phone == phone)
            .OrderByDescending(o => o.CreatedAt).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return OtpVerifyStatus.Invalid;
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(latest.CodeHash), Encoding.ASCII.GetBytes(keys.Hash(Purpose, $"{phone}:{code}")));
        if (latest.ConsumedAt is not null)
        {
            return matches ? OtpVerifyStatus.Used : OtpVerifyStatus.Invalid;
        }

        if (latest.ExpiresAt <= now)
        {
            return OtpVerifyStatus.Expired;
        }

        // Take one guess before evaluating it, in one conditional update: however many guesses race, at most the limit
        // are ever evaluated.
        var taken = await db.OtpCodes
            .Where(o => o.Id == latest.Id && o.ConsumedAt == null && o.FailedAttempts < _options.MaxWrongAttemptsPerCode)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.FailedAttempts, o => o.FailedAttempts + 1), ct);
        if (taken == 0)
        {
            var consumed = await db.OtpCodes.AnyAsync(o => o.Id == latest.Id && o.ConsumedAt != null, ct);
            return consumed ? (matches ? OtpVerifyStatus.Used : OtpVerifyStatus.Invalid) : OtpVerifyStatus.TooManyAttempts;
        }

        if (!matches)
        {
            return OtpVerifyStatus.Invalid;
        }

        // Guarded: a code can be redeemed once even when two requests race.
        var won = await db.OtpCodes.Where(o => o.Id == latest.Id && o.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConsumedAt, now), ct);
        return won == 1 ? OtpVerifyStatus.Ok : OtpVerifyStatus.Used;
    }
}
