using System.Text.Json;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Evidence;

namespace Nerava.Api.Features.Sessions;

/// <summary>An arrival's evidence as stored on the session row (JSON), and the label the merchant sees.</summary>
public static class SessionEvidence
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Write(ArrivalEvidence evidence) => JsonSerializer.Serialize(evidence, Json);

    public static ArrivalEvidence? Read(ArrivalSessionRow row) =>
        row.ArrivalEvidenceJson is { Length: > 0 } json ? JsonSerializer.Deserialize<ArrivalEvidence>(json, Json) : null;

    /// <summary>"Verified by charger · stall 2", "Verified by car", "Verified by phone".</summary>
    public static string? Label(ArrivalEvidence? e) => e is null ? null
        : e.Stall is { } stall ? $"Verified by {e.VerifiedBy} · stall {stall}"
        : $"Verified by {e.VerifiedBy}";
}

/// <summary>
/// An arrival's evidence as driver and merchant see it: "Verified by charger · stall 2", the confidence 1–3, the
/// items (sources, distances, data ages, times — never coordinates) and any contradiction flags.
/// </summary>
public sealed record ArrivalEvidenceView(string? Label, string? VerifiedBy, int? Confidence, int? Stall, IReadOnlyList<EvidenceItem> Items,
    IReadOnlyList<string> Flags)
{
    public static ArrivalEvidenceView? From(ArrivalSessionRow row)
    {
        var evidence = SessionEvidence.Read(row);
        var flags = row.ArrivalFlags is { Length: > 0 } f ? f.Split(',') : [];
        return evidence is null && flags.Length == 0
            ? null
            : new ArrivalEvidenceView(SessionEvidence.Label(evidence), evidence?.VerifiedBy, evidence?.Confidence, evidence?.Stall,
                evidence?.Items ?? [], flags);
    }
}
