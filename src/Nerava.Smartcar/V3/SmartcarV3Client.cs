using System.Globalization;
using Microsoft.Extensions.Options;
using Nerava.Smartcar.Errors;
using Nerava.Smartcar.Internal;
using Nerava.Smartcar.Vehicles;

namespace Nerava.Smartcar.V3;

/// <summary>
/// Vehicle API v3 (<c>{VehicleApiOrigin}/v3/…</c>). With <see cref="VehicleAccess.SmartcarUserId"/> it sends the application token and
/// <c>sc-user-id</c>; without, the vehicle's Connect token (what the official SDKs do). A 401 on the application token drops it and
/// retries once with a fresh one.
/// </summary>
public sealed class SmartcarV3Client
{
    public const string VersionPath = "/v3";
    public const string UserIdHeader = "sc-user-id";

    private readonly HttpClient _http;
    private readonly SmartcarOptions _options;
    private readonly ISmartcarApplicationTokenProvider _tokens;
    private readonly TimeProvider _time;

    public SmartcarV3Client(HttpClient http, IOptions<SmartcarOptions> options, ISmartcarApplicationTokenProvider tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _tokens = tokens;
        _time = time;
    }

    /// <summary><c>GET /v3/vehicles/{id}</c>.</summary>
    public async Task<SmartcarResponse<V3Vehicle>> GetVehicleAsync(VehicleAccess access, CancellationToken ct = default)
    {
        var response = await SendAsync(access, VehiclePath(access, ""), ct);
        var resource = response.Read<V3Document<V3VehicleResource>>().Data;
        var a = resource?.Attributes;
        return new(new V3Vehicle(resource?.Id ?? access.VehicleId, a?.Make, a?.Model, a?.Year, a?.PowertrainType, a?.Mode), response.Meta)
        {
            Attempts = response.Attempts,
            BillableRequests = response.BillableRequests,
        };
    }

    /// <summary><c>GET /v3/vehicles/{id}/signals</c>: the first page of the signals the connection can read.</summary>
    public Task<SmartcarResponse<V3SignalList>> GetSignalsAsync(VehicleAccess access, CancellationToken ct = default) =>
        GetSignalsPathAsync(access, VehiclePath(access, "/signals"), ct);

    /// <summary>
    /// Follows a <see cref="V3SignalList.NextLink"/>. Relative links are resolved against <c>{VehicleApiOrigin}/v3</c>; absolute links
    /// are followed only on the configured origin, so the application token never leaves it.
    /// </summary>
    public Task<SmartcarResponse<V3SignalList>> GetSignalsPageAsync(VehicleAccess access, string nextLink, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nextLink);
        return GetSignalsPathAsync(access, ResolveLink(nextLink), ct);
    }

    private async Task<SmartcarResponse<V3SignalList>> GetSignalsPathAsync(VehicleAccess access, string path, CancellationToken ct)
    {
        var response = await SendAsync(access, path, ct);
        var document = response.Read<V3ListDocument<V3SignalResource>>();
        var signals = (document.Data ?? []).Select(s => s.ToSignal()).ToList();
        var meta = document.Meta;
        return new(new V3SignalList(signals, meta?.Page, meta?.PageSize, meta?.TotalCount, document.Links?.Next), response.Meta)
        {
            Attempts = response.Attempts,
            BillableRequests = response.BillableRequests,
        };
    }

    private string ResolveLink(string link)
    {
        var origin = new Uri(SmartcarHttp.Combine(_options.VehicleApiOrigin, VersionPath + "/"));
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (!string.Equals(absolute.Authority, origin.Authority, StringComparison.OrdinalIgnoreCase)
                || !absolute.AbsolutePath.StartsWith(origin.AbsolutePath, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Refusing to follow a link outside {origin}.", nameof(link));
            }

            return absolute.PathAndQuery[(origin.AbsolutePath.Length - 1)..];
        }

        return link.StartsWith(VersionPath + "/", StringComparison.Ordinal) ? link[VersionPath.Length..] : "/" + link.TrimStart('/');
    }

    /// <summary><c>GET /v3/vehicles/{id}/signals/{code}</c>, e.g. <see cref="SignalCodes.StateOfCharge"/>.</summary>
    public async Task<SmartcarResponse<V3Signal>> GetSignalAsync(VehicleAccess access, string signalCode, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(signalCode);
        var response = await SendAsync(access, VehiclePath(access, "/signals/" + SmartcarHttp.Escape(signalCode)), ct);
        var document = response.Read<V3Document<V3SignalResource>>();
        var resource = document.Data ?? response.Read<V3SignalResource>();
        var signal = resource.ToSignal();
        return new(signal.Code.Length == 0 ? signal with { Code = signalCode } : signal, response.Meta)
        {
            Attempts = response.Attempts,
            BillableRequests = response.BillableRequests,
        };
    }

    /// <summary>
    /// <c>GET /v3/connections</c> with the application token. The docs name filters for user, vehicle and mode plus page number and
    /// size; the query names used here (<c>userId</c>, <c>vehicleId</c>, <c>page</c>, <c>pageSize</c>) are not confirmed by a doc example.
    /// </summary>
    public async Task<SmartcarResponse<V3ConnectionList>> ListConnectionsAsync(
        string? userId = null,
        string? vehicleId = null,
        int? page = null,
        int? pageSize = null,
        CancellationToken ct = default)
    {
        var query = new List<string>();
        AddQuery(query, "userId", userId);
        AddQuery(query, "vehicleId", vehicleId);
        AddQuery(query, "page", page?.ToString(CultureInfo.InvariantCulture));
        AddQuery(query, "pageSize", pageSize?.ToString(CultureInfo.InvariantCulture));
        var path = "/connections" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var response = await SendWithApplicationTokenAsync(path, userId, ct);
        var document = response.Read<V3ListDocument<V3ConnectionResource>>();
        var connections = (document.Data ?? []).Select(ToConnection).ToList();
        return new(new V3ConnectionList(connections, document.Meta?.Page, document.Meta?.PageSize, document.Meta?.TotalCount), response.Meta) { Attempts = response.Attempts };
    }

    /// <summary><c>GET /v3/connections/{connectionId}</c> with the application token.</summary>
    public async Task<SmartcarResponse<V3Connection>> GetConnectionAsync(string connectionId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionId);
        var response = await SendWithApplicationTokenAsync("/connections/" + SmartcarHttp.Escape(connectionId), null, ct);
        var resource = response.Read<V3Document<V3ConnectionResource>>().Data
            ?? throw new SmartcarException(response.StatusCode, SmartcarErrorType.Sdk, SmartcarErrorParser.SdkErrorType, null, "Connection response lacks data.");
        return new(ToConnection(resource), response.Meta) { Attempts = response.Attempts };
    }

    private Task<RawResponse> SendAsync(VehicleAccess access, string path, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.SmartcarUserId is { Length: > 0 } userId)
        {
            return SendWithApplicationTokenAsync(path, userId, ct, access.MaxBillableRequests);
        }

        var token = access.AccessToken is { Length: > 0 } t
            ? t
            : throw new ArgumentException("v3 needs a SmartcarUserId (application token) or the vehicle's Connect access token.", nameof(access));
        return SendOnceAsync(path, token, null, ct, access.MaxBillableRequests);
    }

    private async Task<RawResponse> SendWithApplicationTokenAsync(string path, string? userId, CancellationToken ct, int? maxBillable = null)
    {
        var token = await _tokens.GetTokenAsync(ct);
        try
        {
            return await SendOnceAsync(path, token, userId, ct, maxBillable);
        }
        catch (SmartcarException ex) when (ex.ErrorType == SmartcarErrorType.Authentication && (maxBillable is not { } max || ex.BillableRequests < max))
        {
            _tokens.Invalidate(token);
            try
            {
                var retried = await SendOnceAsync(path, await _tokens.GetTokenAsync(ct), userId, ct, maxBillable - ex.BillableRequests);
                return retried with { Attempts = retried.Attempts + ex.Attempts, BillableRequests = retried.BillableRequests + ex.BillableRequests };
            }
            catch (SmartcarException again)
            {
                (again.Attempts, again.BillableRequests) = (again.Attempts + ex.Attempts, again.BillableRequests + ex.BillableRequests);
                throw;
            }
        }
    }

    private async Task<RawResponse> SendOnceAsync(string path, string token, string? userId, CancellationToken ct, int? maxBillable)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SmartcarHttp.Combine(_options.VehicleApiOrigin, VersionPath + path));
        request.Headers.Authorization = SmartcarHttp.Bearer(token);
        if (userId is { Length: > 0 })
        {
            request.Headers.Add(UserIdHeader, userId);
        }

        return await SmartcarHttp.SendAsync(_http, request, _time, ct, new RequestMeter(1, maxBillable));
    }

    private static string VehiclePath(VehicleAccess access, string path)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentException.ThrowIfNullOrEmpty(access.VehicleId);
        return "/vehicles/" + SmartcarHttp.Escape(access.VehicleId) + path;
    }

    private static void AddQuery(List<string> query, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static V3Connection ToConnection(V3ConnectionResource resource) => new(
        resource.Id ?? "",
        resource.Relationships?.Vehicle?.Data?.Id,
        resource.Relationships?.User?.Data?.Id,
        resource.Attributes?.Permissions ?? [],
        resource.Attributes?.Vehicle?.Make,
        resource.Attributes?.Vehicle?.Model,
        resource.Attributes?.Vehicle?.Year,
        resource.Attributes?.Vehicle?.Mode,
        resource.Meta?.CreatedAt);
}
