using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nerava.Api.Data;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.MerchantConsole;

public sealed record MerchantSettings(string? SmsPhone, string? Email, bool NotifySms, bool NotifyEmail, int PrepMinutes);

/// <summary>How the merchant hears about arrivals, and how long its kitchen needs.</summary>
public static class MerchantSettingsHandlers
{
    public static async Task<Ok<MerchantSettings>> GetAsync(ClaimsPrincipal user, NeravaDbContext db, CancellationToken ct)
    {
        var id = user.MerchantId();
        var m = await db.Merchants.AsNoTracking().SingleAsync(x => x.Id == id, ct);
        return TypedResults.Ok(new MerchantSettings(m.SmsPhone, m.Email, m.NotifySms, m.NotifyEmail, m.PrepMinutes));
    }

    public static async Task<Results<Ok<MerchantSettings>, ValidationProblem>> PutAsync(MerchantSettings request, ClaimsPrincipal user,
        NeravaDbContext db, CatalogCache catalog, CancellationToken ct)
    {
        var v = new Validator()
            .Require(request.SmsPhone is null || PhoneNumber.IsE164(request.SmsPhone), "sms_phone", "Must be an E.164 number.")
            .Require(!request.NotifySms || request.SmsPhone is not null, "sms_phone", "Required when notify_sms is on.")
            .Require(request.Email is null || (request.Email.Length <= 200 && request.Email.Contains('@', StringComparison.Ordinal)), "email",
                "Must be an email address.")
            .Require(!request.NotifyEmail || request.Email is not null, "email", "Required when notify_email is on.")
            .Require(request.PrepMinutes is >= 1 and <= 120, "prep_minutes", "Must be between 1 and 120.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var id = user.MerchantId();
        var m = await db.Merchants.SingleAsync(x => x.Id == id, ct);
        (m.SmsPhone, m.Email, m.NotifySms, m.NotifyEmail, m.PrepMinutes) =
            (request.SmsPhone, request.Email, request.NotifySms, request.NotifyEmail, request.PrepMinutes);
        await db.SaveChangesAsync(ct);
        catalog.EvictMerchant(id);
        return TypedResults.Ok(request);
    }
}
