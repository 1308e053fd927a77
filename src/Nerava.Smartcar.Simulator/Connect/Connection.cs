namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>A vehicle an owner (user) has connected to an application through Connect.</summary>
public sealed record Connection(string ClientId, string VehicleId, string UserId, IReadOnlyList<string> Permissions, DateTimeOffset ConnectedAt);
