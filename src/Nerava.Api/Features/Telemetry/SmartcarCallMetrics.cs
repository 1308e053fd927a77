using System.Net;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Telemetry;

/// <summary>
/// Counts every HTTP call to Smartcar (each retry attempt too) by outcome, from the status Smartcar documents for it:
/// 429 rate-limited, 409 vehicle state (asleep and the like), 401/403 auth.
/// </summary>
public sealed class SmartcarCallMetrics(NeravaMetrics metrics) : DelegatingHandler
{
    public static readonly string[] ClientNames =
    [
        nameof(Nerava.Smartcar.Auth.SmartcarAuthClient), nameof(Nerava.Smartcar.Vehicles.SmartcarVehicleClient),
        nameof(Nerava.Smartcar.V3.SmartcarV3Client), nameof(Nerava.Smartcar.Management.SmartcarManagementClient),
        Nerava.Smartcar.SmartcarServiceCollectionExtensions.IamHttpClientName,
    ];

    public static string Outcome(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 => "ok",
        429 => "rate_limited",
        409 => "asleep",
        401 or 403 => "auth",
        _ => "error",
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.SmartcarCall(Outcome(response.StatusCode));
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            metrics.SmartcarCall("error");
            throw;
        }
    }
}
