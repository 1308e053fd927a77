using System.Globalization;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Internal;

namespace Nerava.Smartcar.Management;

/// <summary>
/// Management API v2.0 (<c>{ManagementOrigin}/v2.0/management/connections</c>) authenticated with
/// <c>Basic base64("default:" + ApplicationManagementToken)</c>.
/// </summary>
public sealed class SmartcarManagementClient
{
    private readonly HttpClient _http;
    private readonly SmartcarOptions _options;
    private readonly TimeProvider _time;

    public SmartcarManagementClient(HttpClient http, IOptions<SmartcarOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
    }

    /// <summary>Connections, newest first, optionally filtered by user or vehicle (limit at most 100).</summary>
    public async Task<SmartcarResponse<ManagementConnectionPage>> GetConnectionsAsync(
        string? userId = null,
        string? vehicleId = null,
        int? limit = null,
        string? cursor = null,
        CancellationToken ct = default)
    {
        var query = new List<string>();
        Add(query, "user_id", userId);
        Add(query, "vehicle_id", vehicleId);
        Add(query, "limit", limit?.ToString(CultureInfo.InvariantCulture));
        Add(query, "cursor", cursor);
        using var request = CreateRequest(HttpMethod.Get, query);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct);
        var body = response.Read<ManagementConnectionsBody>();
        return new(new ManagementConnectionPage(body.Connections ?? [], body.Paging?.Cursor), response.Meta) { Attempts = response.Attempts };
    }

    /// <summary>Deletes every connection of one user or of one vehicle (exactly one of the two).</summary>
    public async Task<SmartcarResponse<IReadOnlyList<ManagementConnection>>> DeleteConnectionsAsync(
        string? userId = null,
        string? vehicleId = null,
        CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId) == string.IsNullOrEmpty(vehicleId))
        {
            throw new ArgumentException("Pass exactly one of userId and vehicleId.");
        }

        var query = new List<string>();
        Add(query, "user_id", userId);
        Add(query, "vehicle_id", vehicleId);
        using var request = CreateRequest(HttpMethod.Delete, query);
        var response = await SmartcarHttp.SendAsync(_http, request, _time, ct);
        return new(response.Read<ManagementConnectionsBody>().Connections ?? [], response.Meta) { Attempts = response.Attempts };
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, List<string> query)
    {
        var amt = _options.ApplicationManagementToken is { Length: > 0 } token
            ? token
            : throw new InvalidOperationException("Smartcar:ApplicationManagementToken is required for the management API.");
        var path = "/v2.0/management/connections" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var request = new HttpRequestMessage(method, SmartcarHttp.Combine(_options.ManagementOrigin, path));
        request.Headers.Authorization = SmartcarHttp.Basic("default", amt);
        return request;
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
