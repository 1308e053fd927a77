using System.Text.Json;
using Nerava.Api.Data.Entities;
using Nerava.Arrival.Policy;

namespace Nerava.Api.Features.Sessions;

/// <summary>The arrival policy's memory as stored in <see cref="ArrivalSessionRow.TrackingMemoryJson"/>.</summary>
public static class SessionMemory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TrackingMemory Read(ArrivalSessionRow row) =>
        row.TrackingMemoryJson is { Length: > 0 } json
            ? JsonSerializer.Deserialize<TrackingMemory>(json, Json) ?? TrackingMemory.Empty
            : TrackingMemory.Empty;

    public static string Write(TrackingMemory memory) => JsonSerializer.Serialize(memory, Json);
}
