namespace Nerava.Smartcar.Simulator.Limits;

/// <summary>An error queued by admin for a vehicle's next requests (e.g. BILLING or CONNECTED_SERVICES_ACCOUNT).</summary>
public sealed record InjectedError(string Type, string? Code, int StatusCode, string? Description);
