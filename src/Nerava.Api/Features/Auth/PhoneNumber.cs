using System.Text.RegularExpressions;

namespace Nerava.Api.Features.Auth;

/// <summary>E.164: a plus, a country code not starting with 0, at most 15 digits.</summary>
public static partial class PhoneNumber
{
    public static bool IsE164(string? value) => value is not null && E164().IsMatch(value);

    [GeneratedRegex(@"^\+[1-9]\d{7,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
