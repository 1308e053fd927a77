using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Nerava.Api.Hosting;

namespace Nerava.Api.Features.Ocpp;

public sealed record RegisterChargePointRequest(string? ChargerId, int? Connectors);

public sealed record RegisterChargePointResponse(string ChargePointId, string AuthorizationKey, string Url, IReadOnlyList<int> Stalls);

/// <summary>
/// POST /dev/ocpp/charge-points — embedded default and Development only: registers a charge point at a charger and
/// returns its AuthorizationKey once (only its hash is kept). The admin API offers the same operation.
/// </summary>
public static class DevOcppEndpoints
{
    public static IEndpointRouteBuilder MapDevOcppEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/ocpp/charge-points", RegisterAsync).WithTags("Dev");
        return app;
    }

    private static async Task<Results<Created<RegisterChargePointResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterChargePointRequest request, ChargePointRegistration registration, HttpContext http, IOptions<OcppOptions> options, CancellationToken ct)
    {
        var v = new Validator().Require(!string.IsNullOrWhiteSpace(request.ChargerId), "charger_id", "Required.")
            .Require(request.Connectors is >= 1 and <= ChargePointRegistration.MaxConnectors, "connectors", "Between 1 and 16.");
        if (!v.IsValid)
        {
            return Problems.Validation(v.Errors);
        }

        var registered = await registration.RegisterAsync(request.ChargerId!, request.Connectors!.Value, ct);
        if (registered is null)
        {
            return Problems.NotFound(ErrorCodes.ChargerNotFound, "No charger with that id.");
        }

        var url = OcppUrls.For(http.Request, options.Value, registered.ChargePointId);
        return TypedResults.Created(url, new RegisterChargePointResponse(registered.ChargePointId, registered.AuthorizationKey, url, registered.Stalls));
    }
}
