using System.Text.Json;
using Nerava.Ocpp.Framing;

namespace Nerava.Ocpp.Connections;

/// <summary>Answers the CALLs a peer sends over one connection (the central system's or a charge point's side).</summary>
public interface IOcppCallHandler
{
    /// <summary>Actions this handler answers; any other gets <c>NotImplemented</c>.</summary>
    IReadOnlySet<string> Actions { get; }

    /// <summary>The CALLRESULT payload for a schema-valid <paramref name="call"/>; throw <see cref="OcppCallException"/> for a CALLERROR.</summary>
    Task<JsonElement> HandleAsync(OcppConnection connection, OcppCall call, CancellationToken ct);
}
