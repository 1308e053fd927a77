using System.Globalization;
using System.Text.Json.Serialization;

namespace Nerava.Api.Features.Notifications.Senders;

/// <summary>One page of Twilio's Messages list (v2010 JSON), with the fields the exactly-once look-up reads.</summary>
internal sealed record TwilioMessagePage(
    [property: JsonPropertyName("messages")] IReadOnlyList<TwilioListedMessage> Messages,
    [property: JsonPropertyName("next_page_uri")] string? NextPageUri);

internal sealed record TwilioListedMessage(
    [property: JsonPropertyName("sid")] string Sid,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("direction")] string? Direction,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("date_created")] string? DateCreated)
{
    /// <summary>
    /// Ours, from this attempt on, and handed to Twilio: a "failed" message never reached a carrier, so sending it
    /// again is the right thing to do.
    /// </summary>
    public bool Matches(string marker, DateTimeOffset since) =>
        Body?.Contains(marker, StringComparison.Ordinal) == true
        && Direction?.StartsWith("outbound", StringComparison.Ordinal) == true
        && Status is not ("failed" or "canceled")
        && Created() is { } created && created >= since;

    public bool CreatedBefore(DateTimeOffset since) => Created() is { } created && created < since;

    // RFC 2822 as Twilio writes it: "Mon, 30 Nov 2026 10:54:40 +0000".
    private DateTimeOffset? Created()
    {
        if (DateCreated is not { Length: > 6 } text)
        {
            return null;
        }

        var zone = text[^5..];
        if (!DateTime.TryParseExact(text[..^6], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || !int.TryParse(zone.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(zone.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        return new DateTimeOffset(local, offset);
    }
}
