using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.Vehicles;

/// <summary>Vehicle API v2.0 (<c>{ApiOrigin}/v2.0/…</c>) with a per-vehicle Connect access token.</summary>
public sealed class SmartcarVehicleClient
{
    public const string VersionPath = "/v2.0";

    private readonly HttpClient _http;
    private readonly SmartcarOptions _options;
    private readonly TimeProvider _time;

    public SmartcarVehicleClient(HttpClient http, IOptions<SmartcarOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
    }

    /// <summary><c>GET /v2.0/user</c>: the Smartcar user id behind a token.</summary>
    public Task<SmartcarResponse<SmartcarUser>> GetUserAsync(string accessToken, CancellationToken ct = default) =>
        GetAsync<SmartcarUser>(accessToken, "/user", ct);

    /// <summary><c>GET /v2.0/vehicles?limit=&amp;offset=</c> (limit at most 50).</summary>
    public Task<SmartcarResponse<VehicleList>> GetVehiclesAsync(string accessToken, int? limit = null, int? offset = null, CancellationToken ct = default) =>
        GetAsync<VehicleList>(accessToken, "/vehicles" + PagingQuery(limit, offset), ct);

    /// <summary><c>GET /v2.0/vehicles/{id}</c>: id, make, model, year.</summary>
    public Task<SmartcarResponse<VehicleAttributes>> GetAttributesAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleAttributes>(accessToken, VehiclePath(vehicleId, ""), ct);

    /// <summary><c>GET /v2.0/vehicles/{id}/vin</c>.</summary>
    public Task<SmartcarResponse<VehicleVin>> GetVinAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleVin>(accessToken, VehiclePath(vehicleId, "/vin"), ct);

    /// <summary><c>GET /v2.0/vehicles/{id}/location</c>.</summary>
    public Task<SmartcarResponse<VehicleLocation>> GetLocationAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleLocation>(accessToken, VehiclePath(vehicleId, "/location"), ct);

    internal Task<SmartcarResponse<VehicleLocation>> GetLocationAsync(string vehicleId, string accessToken, int? maxBillable, CancellationToken ct) =>
        GetAsync<VehicleLocation>(accessToken, VehiclePath(vehicleId, "/location"), ct, new RequestMeter(1, maxBillable));

    /// <summary><c>GET /v2.0/vehicles/{id}/odometer</c>.</summary>
    public Task<SmartcarResponse<VehicleOdometer>> GetOdometerAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleOdometer>(accessToken, VehiclePath(vehicleId, "/odometer"), ct);

    /// <summary><c>GET /v2.0/vehicles/{id}/battery</c> (percentRemaining is a 0–1 fraction).</summary>
    public Task<SmartcarResponse<VehicleBattery>> GetBatteryAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleBattery>(accessToken, VehiclePath(vehicleId, "/battery"), ct);

    internal Task<SmartcarResponse<VehicleBattery>> GetBatteryAsync(string vehicleId, string accessToken, int? maxBillable, CancellationToken ct) =>
        GetAsync<VehicleBattery>(accessToken, VehiclePath(vehicleId, "/battery"), ct, new RequestMeter(1, maxBillable));

    /// <summary><c>GET /v2.0/vehicles/{id}/charge</c>.</summary>
    public Task<SmartcarResponse<VehicleCharge>> GetChargeAsync(string vehicleId, string accessToken, CancellationToken ct = default) =>
        GetAsync<VehicleCharge>(accessToken, VehiclePath(vehicleId, "/charge"), ct);

    internal Task<SmartcarResponse<VehicleCharge>> GetChargeAsync(string vehicleId, string accessToken, int? maxBillable, CancellationToken ct) =>
        GetAsync<VehicleCharge>(accessToken, VehiclePath(vehicleId, "/charge"), ct, new RequestMeter(1, maxBillable));

    /// <summary><c>GET /v2.0/vehicles/{id}/permissions?limit=&amp;offset=</c>.</summary>
    public Task<SmartcarResponse<VehiclePermissions>> GetPermissionsAsync(
        string vehicleId,
        string accessToken,
        int? limit = null,
        int? offset = null,
        CancellationToken ct = default) =>
        GetAsync<VehiclePermissions>(accessToken, VehiclePath(vehicleId, "/permissions") + PagingQuery(limit, offset), ct);

    /// <summary>
    /// <c>POST /v2.0/vehicles/{id}/batch</c>: several reads in one HTTP call (each path is billed separately). The HTTP status is 200 even
    /// when items fail; inspect each item's <c>code</c> or use <see cref="BatchItemResponse.Read{T}"/>. Each attempt counts one
    /// billable request per path (<see cref="SmartcarResponse{T}.BillableRequests"/>).
    /// </summary>
    public Task<SmartcarResponse<BatchResponse>> BatchAsync(
        string vehicleId,
        string accessToken,
        IEnumerable<string> paths,
        CancellationToken ct = default) =>
        BatchAsync(vehicleId, accessToken, paths, null, ct);

    internal async Task<SmartcarResponse<BatchResponse>> BatchAsync(
        string vehicleId,
        string accessToken,
        IEnumerable<string> paths,
        int? maxBillable,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var body = new BatchRequest([.. paths.Select(path => new BatchRequestItem(path))]);
        using var request = CreateRequest(HttpMethod.Post, accessToken, VehiclePath(vehicleId, "/batch"), unitSystem: true);
        request.Content = JsonContent(body);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct, new RequestMeter(body.Requests.Count, maxBillable));
        return response.ToResponse<BatchResponse>();
    }

    /// <summary><c>DELETE /v2.0/vehicles/{id}/application</c>: revokes this application's access to the vehicle.</summary>
    public async Task<SmartcarResponse<ActionResult>> DisconnectAsync(string vehicleId, string accessToken, CancellationToken ct = default)
    {
        using var request = CreateRequest(HttpMethod.Delete, accessToken, VehiclePath(vehicleId, "/application"), unitSystem: false);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct);
        return response.ToResponse<ActionResult>();
    }

    /// <summary>Any other v2.0 vehicle endpoint (make-specific paths, commands): <paramref name="path"/> is relative to the vehicle, e.g. <c>/charge/limit</c>.</summary>
    public async Task<SmartcarResponse<JsonElement>> RequestAsync(
        HttpMethod method,
        string vehicleId,
        string accessToken,
        string path,
        object? body = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        using var request = CreateRequest(method, accessToken, VehiclePath(vehicleId, path), unitSystem: method == HttpMethod.Get);
        if (body is not null)
        {
            request.Content = JsonContent(body);
        }

        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct);
        return response.ToResponse<JsonElement>();
    }

    private async Task<SmartcarResponse<T>> GetAsync<T>(string accessToken, string path, CancellationToken ct, RequestMeter? meter = null)
    {
        using var request = CreateRequest(HttpMethod.Get, accessToken, path, unitSystem: true);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct, meter);
        return response.ToResponse<T>();
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string accessToken, string path, bool unitSystem)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        var request = new HttpRequestMessage(method, SmartcarHttp.Combine(_options.ApiOrigin, VersionPath + path));
        request.Headers.Authorization = SmartcarHttp.Bearer(accessToken);
        if (unitSystem)
        {
            request.Headers.Add("SC-Unit-System", _options.UnitSystem == SmartcarUnitSystem.Imperial ? "imperial" : "metric");
        }

        return request;
    }

    private static string VehiclePath(string vehicleId, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(vehicleId);
        return "/vehicles/" + SmartcarHttp.Escape(vehicleId) + path;
    }

    private static string PagingQuery(int? limit, int? offset)
    {
        var parts = new List<string>(2);
        if (limit is { } l)
        {
            parts.Add("limit=" + l.ToString(CultureInfo.InvariantCulture));
        }

        if (offset is { } o)
        {
            parts.Add("offset=" + o.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, body.GetType(), SmartcarJson.Options), Encoding.UTF8, SmartcarHttp.JsonMediaType);
}
