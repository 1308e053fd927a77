using System.Text.Json;

namespace Nerava.Ocpp.Framing;

/// <summary>One OCPP-J frame: CALL <c>[2,id,action,payload]</c>, CALLRESULT <c>[3,id,payload]</c> or CALLERROR <c>[4,id,code,description,details]</c>.</summary>
public abstract record OcppMessage(string MessageId);

public sealed record OcppCall(string MessageId, string Action, JsonElement Payload) : OcppMessage(MessageId);

public sealed record OcppCallResult(string MessageId, JsonElement Payload) : OcppMessage(MessageId);

public sealed record OcppCallError(string MessageId, string ErrorCode, string Description, JsonElement Details) : OcppMessage(MessageId);

/// <summary>
/// A frame that could not be read. <see cref="MessageId"/> is the id when it could be read (then a CALLERROR is
/// owed), null when not (then there is nothing to answer to).
/// </summary>
public sealed record OcppFrameError(string? MessageId, string ErrorCode, string Description);
