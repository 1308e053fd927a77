using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nerava.Api.Data;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Notifications;

namespace Nerava.Api.Features.Auth;

public abstract record OtpStartResult
{
    public sealed record Sent(TimeSpan ExpiresIn) : OtpStartResult;
    public sealed record Limited(TimeSpan RetryAfter) : OtpStartResult;
}

public enum OtpVerifyStatus { Ok, Invalid, Expired, Used, TooManyAttempts }

/// <summary>
/// Phone login codes: 6 digits from a CSPRNG, stored as keyed hashes, single use, 10 minutes.
/// Limits are counted in the database so they hold across instances.
/// </summary>
public sealed class OtpService(NeravaDbContext db, SigningKeyProvider keys, OutboxWriter outbox,
    IOptions<AuthOptions> options, TimeProvider clock)
{
    private const string Purpose = "otp";
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly AuthOptions _options = options.Value;

    public async Task<OtpStartResult> StartAsync(string phone, string clientIp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        var byPhone = await db.OtpCodes.Where(o => o.Phone == phone && o.CreatedAt > since)
            .Select(o => o.CreatedAt).OrderBy(t => t).ToListAsync(ct);
        if (byPhone.Count >= _options.MaxCodesPerPhonePerHour)
        {
            return new OtpStartResult.Limited(byPhone[^_options.MaxCodesPerPhonePerHour] + Window - now);
        }

        var byIp = await db.OtpCodes.Where(o => o.ClientIp == clientIp && o.CreatedAt > since)
            .Select(o => o.CreatedAt).OrderBy(t => t).ToListAsync(ct);
        if (byIp.Count >= _options.MaxCodesPerIpPerHour)
        {
            return new OtpStartResult.Limited(byIp[^_options.MaxCodesPerIpPerHour] + Window - now);
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

        if (latest.FailedAttempts >= _options.MaxWrongAttemptsPerCode)
        {
            return OtpVerifyStatus.TooManyAttempts;
        }

        if (latest.ExpiresAt <= now)
        {
            return OtpVerifyStatus.Expired;
        }

        if (!matches)
        {
            await db.OtpCodes.Where(o => o.Id == latest.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.FailedAttempts, o => o.FailedAttempts + 1), ct);
            return OtpVerifyStatus.Invalid;
        }

        // Guarded: a code can be redeemed once even when two requests race.
        var won = await db.OtpCodes.Where(o => o.Id == latest.Id && o.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConsumedAt, now), ct);
        return won == 1 ? OtpVerifyStatus.Ok : OtpVerifyStatus.Used;
    }
}
