using Microsoft.Extensions.Primitives;

namespace Nerava.Api.Hosting.Guard;

/// <summary>
/// NUL characters in the path, query or headers: Kestrel refuses raw ones, but percent-encoded (%00) ones reach the
/// app decoded, and PostgreSQL text cannot store them.
/// </summary>
public static class TargetCheck
{
    public static BodyRejection? Check(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        if (HasNul(request.Path.Value) || Encoded(raw) || Encoded(request.QueryString.Value)
            || request.Query.Any(q => HasNul(q.Key) || HasNul(q.Value)))
        {
            return Rejection("The path or query string holds a NUL character.");
        }

        foreach (var header in request.Headers)
        {
            if (HasNul(header.Value))
            {
                return Rejection($"The {header.Key} header holds a NUL character.");
            }
        }

        return null;
    }

    private static bool HasNul(StringValues values)
    {
        foreach (var value in values)
        {
            if (HasNul(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    private static bool Encoded(string? raw) => raw is not null && raw.Contains("%00", StringComparison.Ordinal);

    private static BodyRejection Rejection(string detail) =>
        new(400, ErrorCodes.InvalidCharacters, "The request contains characters we do not accept.", detail);
}
