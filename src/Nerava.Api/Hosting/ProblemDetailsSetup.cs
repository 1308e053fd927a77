namespace Nerava.Api.Hosting;

/// <summary>Makes every non-2xx (including framework-generated 404/405/500) a problem with an <c>error</c> code.</summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddNeravaProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            problem.Extensions.Remove("traceId");
            problem.Extensions.TryAdd("error", DefaultCode(problem.Status ?? 500));
            if (problem.Status == 404 && problem.Detail is null && ctx.HttpContext.GetEndpoint() is null)
            {
                problem.Detail = "No such endpoint.";
            }
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Malformed bodies must throw so the handler can answer 400 with a code, in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static string DefaultCode(int status) => status switch
    {
        400 => ErrorCodes.MalformedRequest,
        401 => ErrorCodes.Unauthorized,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        408 => ErrorCodes.RequestTimeout,
        409 => ErrorCodes.Conflict,
        413 => ErrorCodes.PayloadTooLarge,
        415 => ErrorCodes.UnsupportedMediaType,
        429 => ErrorCodes.RateLimited,
        503 => ErrorCodes.ServiceUnavailable,
        _ => ErrorCodes.InternalError,
    };
}
