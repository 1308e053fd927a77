using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

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

/// <summary>Turns exceptions into problems; never leaks a stack trace.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; nobody reads an answer.
            logger.LogDebug("Request {Method} {Path} aborted by the client", http.Request.Method, http.Request.Path);
            return true;
        }

        var (status, code, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 400 ? ErrorCodes.MalformedRequest : ProblemDetailsSetup.DefaultCode(bad.StatusCode),
                "The request body could not be read."),
            InvalidDataException => (400, ErrorCodes.MalformedRequest, "The request body could not be read."),
            _ => (500, ErrorCodes.InternalError, "Something went wrong on our side."),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", http.Request.Method, http.Request.Path);
        }
        else
        {
            logger.LogInformation("Rejected malformed request on {Method} {Path}: {Reason}", http.Request.Method,
                http.Request.Path, exception.Message);
        }

        http.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Type = $"https://nerava.dev/problems/{code.ToLowerInvariant()}",
            Detail = status < 500 ? FriendlyDetail(exception) : null,
        };
        problem.Extensions["error"] = code;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    // JSON exceptions carry the path of the bad member ("$.lat"), which helps the caller and reveals nothing.
    private static string FriendlyDetail(Exception exception) => exception switch
    {
        { InnerException: System.Text.Json.JsonException json } => $"Invalid JSON at {json.Path ?? "$"}.",
        // The framework's own words ("Request body too large…", "Reading the request body timed out…").
        BadHttpRequestException { StatusCode: not 400 } bad => bad.Message,
        InvalidDataException => "The form could not be read.",
        _ => "The body is missing or is not valid JSON for this endpoint.",
    };
}
