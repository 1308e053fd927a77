using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace Nerava.Api.Features.Auth.Limits;

/// <summary>Whether we text a login code to a number, and its country calling code (the "+1" of +15125550100).</summary>
public sealed record PhoneCheck(bool Supported, string CountryPrefix);

/// <summary>
/// Login codes go only to valid numbers of an allowed region (Auth:AllowedPhoneRegions, default US) that can receive
/// SMS: mobile or fixed-line-or-mobile. Premium-rate, toll-free, shared-cost, VoIP, personal, pager, satellite and
/// other regions' numbers are refused: texting them is how SMS pumping makes money.
/// </summary>
public sealed class PhonePolicy(IOptions<AuthOptions> options)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public PhoneCheck Check(string e164)
    {
        PhoneNumbers.PhoneNumber number;
        try
        {
            number = Util.Parse(e164, null);
        }
        catch (NumberParseException)
        {
            return new PhoneCheck(false, "");
        }

        var region = Util.GetRegionCodeForNumber(number);
        var supported = Util.IsValidNumber(number)
            && region is not null && options.Value.PhoneRegions.Contains(region, StringComparer.OrdinalIgnoreCase)
            && Util.GetNumberType(number) is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE;
        return new PhoneCheck(supported, $"+{number.CountryCode}");
    }
}
