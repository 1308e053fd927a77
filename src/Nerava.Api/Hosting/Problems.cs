using Microsoft.AspNetCore.Http.HttpResults;

namespace Nerava.Api.Hosting;

/// <summary>
/// The one way endpoints answer non-2xx: an RFC 9457 problem with a stable <c>error</c> code.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Create(int status, string error, string title, string? detail = null,
        IDictionary<string, object?>? extensions = null)
    {
        var ext = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["error"] = error };
        return TypedResults.Problem(detail: detail, statusCode: status, title: title,
            type: $"https://nerava.dev/problems/{error.ToLowerInvariant()}", extensions: ext);
    }

    public static ProblemHttpResult BadRequest(string error, string title, string? detail = null,
        IDictionary<string, object?>? extensions = null) => Create(400, error, title, detail, extensions);

    public static ProblemHttpResult Unauthorized(string error, string title, string? detail = null) =>
        Create(401, error, title, detail);

    public static ProblemHttpResult NotFound(string error, string title) => Create(404, error, title);

    public static ProblemHttpResult Conflict(string error, string title, string? detail = null,
        IDictionary<string, object?>? extensions = null) => Create(409, error, title, detail, extensions);

    public static ProblemHttpResult Gone(string error, string title, string? detail = null) =>
        Create(410, error, title, detail);

    public static ProblemHttpResult TooManyRequests(HttpContext http, string error, string title, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Create(429, error, title, $"Try again in {seconds} s.",
            new Dictionary<string, object?> { ["retry_after_s"] = seconds });
    }

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid.",
            type: "https://nerava.dev/problems/validation_failed",
            extensions: new Dictionary<string, object?> { ["error"] = ErrorCodes.ValidationFailed });
}
