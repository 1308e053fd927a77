namespace Nerava.Arrival.Geo;

/// <summary>Result of <see cref="Geofence.Evaluate"/>; <see cref="RejectCode"/> is null exactly when <see cref="Inside"/>.</summary>
/// <param name="DistanceM">Straight-line distance from the centre to the fix, metres.</param>
/// <param name="Inside">Whether the fix proves presence (see <see cref="Geofence"/> for the rule).</param>
/// <param name="RejectCode">A <see cref="GeofenceRejectCodes"/> value when not inside.</param>
public sealed record GeofenceVerdict(double DistanceM, bool Inside, string? RejectCode);
