using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Nerava.Api.Data.Entities;

namespace Nerava.Api.Features.Catalog;

/// <summary>
/// Text search over the whole charger catalog: every word of the query must appear in the charger's name, network,
/// address (which carries the city) or highway. Case, accents and punctuation are ignored, and the ways people write
/// a highway ("I-35", "IH 35", "Interstate 35", "i35") all mean the same.
/// </summary>
public static partial class ChargerSearch
{
    public const int MaxQueryLength = 100;

    public static bool Matches(Charger charger, string query)
    {
        var haystack = Normalize($"{charger.Name} {charger.Network} {charger.Address} {charger.Highway}");
        return Words(query).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    public static IReadOnlyList<string> Words(string query) =>
        Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lower case, no accents, punctuation as spaces, highways folded to "i35"/"us281".</summary>
    public static string Normalize(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        var spaced = Spaces().Replace(folded.ToString(), " ").Trim();
        return Highway().Replace(spaced, m => (m.Groups[1].Value.StartsWith('u') ? "us" : "i") + m.Groups[2].Value);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(interstate|ih|i|us|u s|highway|hwy)\s?(\d{1,3})\b")]
    private static partial Regex Highway();
}
