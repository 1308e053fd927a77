namespace Nerava.Api.Hosting;

/// <summary>Route constraint: a browser route of the web app, i.e. not under one of the API's own prefixes.</summary>
public sealed class WebAppPath : IRouteConstraint
{
    public const string ConstraintName = "webapp";

    private static readonly string[] ApiPrefixes = ["/v1", "/dev", "/hubs", "/health", "/openapi", "/hangfire"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is null || !ApiPrefixes.Any(p => httpContext.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
}
