using System.Text.RegularExpressions;
using Nerava.Api.Data.Entities;
using Nerava.Api.Features.Auth;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Admin.Merchants;

/// <summary>Checks an admin merchant request and applies it to a merchant row.</summary>
public static partial class MerchantRequestValidation
{
    public static readonly string[] Modes = ["walk_in", "eat_in_car", "dine_in"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,78}[a-z0-9]$")]
    public static partial Regex Slug();

    public static Validator Validate(AdminMerchantRequest r, bool creating)
    {
        var v = new Validator()
            .Require(r.Id is null || Slug().IsMatch(r.Id), "id", "3–80 lowercase letters, digits and dashes.")
            .Require(!string.IsNullOrWhiteSpace(r.Name), "name", "Required.").MaxLength(r.Name, 200, "name")
            .Require(!string.IsNullOrWhiteSpace(r.Category), "category", "Required.").MaxLength(r.Category, 100, "category")
            .Latitude(r.Lat).Longitude(r.Lng)
            .Require(!string.IsNullOrWhiteSpace(r.Address), "address", "Required.").MaxLength(r.Address, 400, "address")
            .Require(r.PrepMinutes is null or >= 1 and <= 120, "prep_minutes", "Between 1 and 120.")
            .Require(r.FulfillmentModes is null || (r.FulfillmentModes.Length > 0 && r.FulfillmentModes.All(Modes.Contains)
                && r.FulfillmentModes.Distinct().Count() == r.FulfillmentModes.Length), "fulfillment_modes",
                $"A non-empty set of: {string.Join(", ", Modes)}.")
            .Require(creating ? r.FulfillmentModes is not null : true, "fulfillment_modes", "Required.")
            .Require(r.OrderingUrl is null || (Uri.TryCreate(r.OrderingUrl, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"),
                "ordering_url", "An absolute http(s) URL.").MaxLength(r.OrderingUrl, 400, "ordering_url")
            .MaxLength(r.OrderingInstructions, 400, "ordering_instructions")
            .Require(string.IsNullOrEmpty(r.SmsPhone) || PhoneNumber.IsE164(r.SmsPhone), "sms_phone", "An E.164 number such as +15125550100.")
            .Require(string.IsNullOrEmpty(r.Email) || (r.Email.Contains('@', StringComparison.Ordinal) && r.Email.Length <= 200), "email",
                "An email address.")
            .Require(r.NotifySms != true || !string.IsNullOrEmpty(r.SmsPhone), "notify_sms", "Needs sms_phone.")
            .Require(r.NotifyEmail != true || !string.IsNullOrEmpty(r.Email), "notify_email", "Needs email.")
            .Require(r.PlatformFeeBps is null or >= 0 and <= 10_000, "platform_fee_bps", "Between 0 and 10 000 (100 %).")
            .Require(r.MaxOrderCents is null or >= 100 and <= 10_000_000, "max_order_cents", "Between 100 and 10 000 000.")
            .Require(r.MaxFeeCents is null or >= 0 and <= 1_000_000, "max_fee_cents", "Between 0 and 1 000 000.");
        return v;
    }

    /// <summary>Copies the request onto <paramref name="m"/>; absent optional numbers keep their current value.</summary>
    public static void Apply(AdminMerchantRequest r, Merchant m)
    {
        m.Name = r.Name!.Trim();
        m.Category = r.Category!.Trim();
        (m.Lat, m.Lng) = (r.Lat!.Value, r.Lng!.Value);
        m.Address = r.Address!.Trim();
        m.PrepMinutes = r.PrepMinutes ?? m.PrepMinutes;
        m.FulfillmentModes = r.FulfillmentModes is { } modes ? string.Join(',', modes) : m.FulfillmentModes;
        m.OrderingUrl = Blank(r.OrderingUrl);
        m.OrderingInstructions = Blank(r.OrderingInstructions);
        m.SmsPhone = Blank(r.SmsPhone);
        m.Email = Blank(r.Email)?.ToLowerInvariant();
        m.NotifySms = r.NotifySms ?? m.NotifySms;
        m.NotifyEmail = r.NotifyEmail ?? m.NotifyEmail;
        m.PlatformFeeBps = r.PlatformFeeBps ?? m.PlatformFeeBps;
        m.MaxOrderCents = r.MaxOrderCents ?? m.MaxOrderCents;
        m.MaxFeeCents = r.MaxFeeCents ?? m.MaxFeeCents;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
