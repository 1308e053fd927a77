using System.Globalization;
using System.Text.RegularExpressions;

namespace Nerava.Api.Features.MerchantReplies;

public sealed record ParsedReply(string? Code, int? TotalCents);

/// <summary>Reads "DONE 4821", "DONE 4821 $45" and "DONE 4821 45.00" (any case, extra spaces).</summary>
public static partial class ReplyParser
{
    public static ParsedReply Parse(string? body)
    {
        var text = (body ?? "").Trim();
        var match = Done().Match(text);
        if (!match.Success)
        {
            return new ParsedReply(null, null);
        }

        int? cents = match.Groups["amount"].Success
            ? (int)Math.Round(decimal.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture) * 100m)
            : null;
        return new ParsedReply(match.Groups["code"].Value, cents);
    }

    [GeneratedRegex(@"^DONE\s+(?<code>\d{4})(?:\s+\$?(?<amount>\d{1,6}(?:\.\d{1,2})?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Done();
}
