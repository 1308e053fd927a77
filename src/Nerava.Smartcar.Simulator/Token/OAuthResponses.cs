using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Token;

/// <summary>OAuth 2.0 token responses (RFC 6749 §5): <c>{error, error_description}</c> on failure, never cached.</summary>
public static class OAuthResponses
{
    public static Task ErrorAsync(HttpContext context, int status, string error, string description)
    {
        ArgumentNullException.ThrowIfNull(context);
        NoStore(context);
        if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"smartcar\"";
        }

        return WireJson.WriteAsync(context, status, new { error, error_description = description }, WireJson.Smartcar);
    }

    public static Task OkAsync(HttpContext context, object body)
    {
        ArgumentNullException.ThrowIfNull(context);
        NoStore(context);
        return WireJson.WriteAsync(context, StatusCodes.Status200OK, body, WireJson.Smartcar);
    }

    /// <summary>Client credentials from HTTP Basic (what the SDKs send) or, as the docs also allow, from the form body.</summary>
    public static (string? ClientId, string? ClientSecret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (RequestTools.BasicCredentials(request) is { } basic)
        {
            return (basic.User, basic.Password);
        }

        return (NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
    }
}
