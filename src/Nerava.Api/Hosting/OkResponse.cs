namespace Nerava.Api.Hosting;

/// <summary>The plain acknowledgement several endpoints answer: <c>{ok: true}</c>, with the new status where there is one.</summary>
public sealed record OkResponse(bool Ok, string? Status = null);
