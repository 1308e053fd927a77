using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Nerava.Api.Data;

namespace Nerava.Api.Hosting;

/// <summary>
/// Turns exceptions into problems and never leaks a stack trace: the client's malformed input is a 4xx, the database
/// out of reach a 503 with Retry-After, anything else a 500 logged as an error.
/// </summary>
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
            _ when DbErrors.IsUnavailable(exception) => (503, ErrorCodes.DatabaseUnavailable, "The database is unavailable; try again shortly."),
            _ => (500, ErrorCodes.InternalError, "Something went wrong on our side."),
        };
        if (status == 503)
        {
            DatabaseOutage.Observed(http.Response);
            logger.LogWarning("Database unavailable on {Method} {Path}: {Error}", http.Request.Method, http.Request.Path, exception.Message);
        }
        else if (status >= 500)
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
