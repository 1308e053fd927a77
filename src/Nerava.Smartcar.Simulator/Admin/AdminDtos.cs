namespace Nerava.Smartcar.Simulator.Admin;

// Admin API bodies. Property names become snake_case on the wire (WireJson.Admin); null means "not given".

public sealed record ApplicationRequest(IReadOnlyList<string>? RedirectUris, string? Name, string? ClientId, string? ClientSecret, string? ManagementToken);

public sealed record ApplicationResponse(string ClientId, string ClientSecret, string ManagementToken, string Name, IReadOnlyList<string> RedirectUris);

public sealed record CreateVehicleRequest(
    string? Id, string? Make, string? Model, int? Year, string? Vin, double? Lat, double? Lng, double? SocPercent, double? BatteryKwh,
    double? ChargeLimitPercent, bool? Asleep, string? ClientId);

public sealed record PatchVehicleRequest(bool? Asleep, double? SocPercent, double? Lat, double? Lng, double? ChargeLimitPercent);

public sealed record TripRequest(double? ToLat, double? ToLng, double? SpeedKmh, int? Seed);

public sealed record ChargingRequest(bool? PluggedIn, double? TargetPercent, double? PowerKw);

public sealed record InjectErrorRequest(string? Type, string? Code, int? StatusCode, string? Description, int? Count);

public sealed record AuthorizationRequest(string? ClientId, string? RedirectUri, string? State, string? Scope, IReadOnlyList<string>? VehicleIds, string? UserId);

public sealed record AuthorizationResponse(string Code, string RedirectUrl, string UserId);

public sealed record WebhookRequest(string? ClientId, string? Url, string? Secret, string? Name);

public sealed record WebhookResponse(string WebhookId, string ClientId, string Url, string Name, string Status, bool Verified);

public sealed record ClockRequest(double? TimeScale, double? AdvanceSeconds);

public sealed record ClockResponse(double TimeScale, DateTimeOffset SimTime, DateTimeOffset WallTime);

public sealed record FaultsDto(
    double? LatencyMs, double? LatencyMaxMs, double? DataAgeSeconds, int? VehicleRateLimitPerHour, bool? AppRateLimitEnabled,
    int? AppRateLimitCapacity, double? AppRateLimitRefillPerMinute, double? ServerErrorRate, double? UpstreamErrorRate);

public sealed record GeoDto(double Lat, double Lng);

public sealed record VehicleStateResponse(
    string Id, string Make, string Model, int Year, string Vin, string? ClientId, double Lat, double Lng, double Heading, double SpeedKmh,
    double SocPercent, double RangeKm, double OdometerKm, bool PluggedIn, string ChargingState, double ChargePowerKw, double ChargeLimitPercent,
    double? TargetPercent, bool Asleep, bool Moving, bool OnTrip, bool Arrived, double DistanceTravelledKm, double TripLengthKm, double RemainingKm,
    GeoDto? Destination, DateTimeOffset? Eta, DateTimeOffset SimTime);

public sealed record TripResponse(
    string VehicleId, double RouteKm, double StraightKm, double Circuity, double DurationSeconds, DateTimeOffset Eta, int PointCount,
    IReadOnlyList<GeoDto>? Points);

public sealed record AdminError(string Error, string Message);
