using System.Net;
using System.Text;
using Nerava.Smartcar.Simulator.World;

namespace Nerava.Smartcar.Simulator.Connect;

/// <summary>
/// Renders the Connect grant screen and the OAuth error page: plain, accessible HTML (labelled controls in a fieldset, real
/// buttons, no script) that a test can post like a browser would.
/// </summary>
public static class ConsentPage
{
    /// <summary>Vehicles shown on one page; a benchmark world may hold thousands.</summary>
    public const int MaxListed = 200;

    public static string Render(ConsentTicket ticket, IReadOnlyList<SimVehicle> vehicles, string formAction, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(vehicles);
        var html = new StringBuilder();
        Head(html, $"Connect your vehicle to {ticket.ApplicationName}");
        html.Append("<main>\n<h1>").Append(E(ticket.ApplicationName)).Append(" wants to access your vehicle</h1>\n");
        html.Append("<p>Simulated Smartcar Connect (mode: ").Append(E(ticket.Mode)).Append(").</p>\n");
        if (problem is not null)
        {
            html.Append("<p role=\"alert\" id=\"problem\">").Append(E(problem)).Append("</p>\n");
        }

        html.Append("<h2>Requested permissions</h2>\n<ul id=\"permissions\">\n");
        foreach (var permission in ticket.Permissions)
        {
            html.Append("<li>").Append(E(permission)).Append("</li>\n");
        }

        html.Append("</ul>\n<form method=\"post\" action=\"").Append(E(formAction)).Append("\">\n");
        html.Append("<input type=\"hidden\" name=\"ticket\" value=\"").Append(E(ticket.Id)).Append("\">\n");
        html.Append("<fieldset>\n<legend>Select the vehicles to share</legend>\n");
        if (vehicles.Count == 0)
        {
            html.Append("<p id=\"no-vehicles\">No vehicles are available for this account.</p>\n");
        }

        var inputType = ticket.SingleSelect ? "radio" : "checkbox";
        foreach (var vehicle in vehicles)
        {
            var id = "vehicle-" + vehicle.Id;
            html.Append("<div><input type=\"").Append(inputType).Append("\" name=\"vehicle_id\" id=\"").Append(E(id))
                .Append("\" value=\"").Append(E(vehicle.Id)).Append("\"><label for=\"").Append(E(id)).Append("\">")
                .Append(E($"{vehicle.Year} {vehicle.Make} {vehicle.Model} (VIN {vehicle.Vin})")).Append("</label></div>\n");
        }

        html.Append("</fieldset>\n");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"approve\">Approve</button>\n");
        html.Append("<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n");
        html.Append("</form>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string RenderError(string title, string message)
    {
        var html = new StringBuilder();
        Head(html, title);
        html.Append("<main>\n<h1>").Append(E(title)).Append("</h1>\n<p role=\"alert\" id=\"error\">").Append(E(message))
            .Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(E(title)).Append("</title>\n</head>\n<body>\n");

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
