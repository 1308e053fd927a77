using System.Text.Json;
using Nerava.Smartcar.Simulator.Hosting;

namespace Nerava.Smartcar.Simulator.Admin;

/// <summary>snake_case JSON in and out for the admin API, with plain <c>{error, message}</c> failures.</summary>
public static class AdminIo
{
    public static async Task<T?> ReadAsync<T>(HttpContext context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(context.Request.Body, WireJson.Admin, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Task OkAsync(HttpContext context, object body, int status = StatusCodes.Status200OK) =>
        WireJson.WriteAsync(context, status, body, WireJson.Admin);

    public static Task BadRequestAsync(HttpContext context, string message) =>
        WireJson.WriteAsync(context, StatusCodes.Status400BadRequest, new AdminError("bad_request", message), WireJson.Admin);

    public static Task NotFoundAsync(HttpContext context, string message) =>
        WireJson.WriteAsync(context, StatusCodes.Status404NotFound, new AdminError("not_found", message), WireJson.Admin);
}
