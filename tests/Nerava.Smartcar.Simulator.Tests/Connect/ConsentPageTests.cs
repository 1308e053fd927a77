using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Nerava.Smartcar.Simulator.Tests.Connect;

public sealed partial class ConsentPageTests
{
    private const string Prefix = "/smartcar-sim";

    [Fact]
    public async Task Approve_posts_the_form_and_redirects_with_a_code_that_exchanges_for_tokens()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);
        var vehicleId = await host.CreateVehicleAsync();
        var page = await OpenConnectAsync(host, "state=abc123&scope=read_battery%20required:read_location&mode=simulated&flags=country:DE+foo:true");

        Assert.Contains($"value=\"{vehicleId}\"", page, StringComparison.Ordinal);
        Assert.Contains("<li>read_location</li>", page, StringComparison.Ordinal);
        using var response = await PostDecisionAsync(host, Ticket(page), "approve", vehicleId);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(SimulatorHost.RedirectUri + "?", location, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(new Uri(location).Query);
        Assert.Equal("abc123", query["state"].ToString());
        using var token = await host.ExchangeCodeAsync(query["code"].ToString());
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Deny_redirects_with_access_denied_and_the_state()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);
        await host.CreateVehicleAsync();
        var page = await OpenConnectAsync(host, "state=xyz");

        using var response = await PostDecisionAsync(host, Ticket(page), "deny");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Equal("User denied access to application.", query["error_description"].ToString());
        Assert.Equal("xyz", query["state"].ToString());
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Unknown_client_id_shows_an_error_page_and_never_redirects()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);

        using var response = await host.Http.GetAsync($"oauth/authorize?response_type=code&client_id=nope&redirect_uri={Uri.EscapeDataString(SimulatorHost.RedirectUri)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Invalid client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unregistered_redirect_uri_shows_an_error_page_and_never_redirects()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);

        using var response = await host.Http.GetAsync(
            $"oauth/authorize?response_type=code&client_id={SimulatorHost.ClientId}&redirect_uri={Uri.EscapeDataString("https://evil.example/cb")}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("Invalid redirect URI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_without_a_vehicle_re_renders_the_page_with_an_alert()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);
        await host.CreateVehicleAsync();
        var page = await OpenConnectAsync(host, "state=s");

        using var response = await PostDecisionAsync(host, Ticket(page), "approve");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Make_filter_and_single_select_limit_the_offered_vehicles()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);
        var tesla = await host.CreateVehicleAsync();
        var ford = await host.CreateVehicleAsync(new { make = "FORD", model = "Mustang Mach-E", year = 2023, lat = 37.0, lng = -122.0 });

        var page = await OpenConnectAsync(host, "make=ford&single_select=true");

        Assert.Contains($"value=\"{ford}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{tesla}\"", page, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consent_ticket_is_single_use()
    {
        await using var host = await SimulatorHost.StartAsync(prefix: Prefix);
        var vehicleId = await host.CreateVehicleAsync();
        var ticket = Ticket(await OpenConnectAsync(host, "state=s"));
        using var first = await PostDecisionAsync(host, ticket, "approve", vehicleId);

        using var second = await PostDecisionAsync(host, ticket, "approve", vehicleId);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Location);
    }

    private static async Task<string> OpenConnectAsync(SimulatorHost host, string extraQuery)
    {
        using var response = await host.Http.GetAsync(
            $"oauth/authorize?response_type=code&client_id={SimulatorHost.ClientId}&redirect_uri={Uri.EscapeDataString(SimulatorHost.RedirectUri)}&approval_prompt=force&{extraQuery}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"action=\"{Prefix}/oauth/authorize\"", html, StringComparison.Ordinal);
        return html;
    }

    private static Task<HttpResponseMessage> PostDecisionAsync(SimulatorHost host, string ticket, string decision, params string[] vehicleIds)
    {
        var fields = new List<KeyValuePair<string, string>> { new("ticket", ticket), new("decision", decision) };
        fields.AddRange(vehicleIds.Select(id => new KeyValuePair<string, string>("vehicle_id", id)));
        return host.Http.PostAsync("oauth/authorize", new FormUrlEncodedContent(fields));
    }

    private static string Ticket(string html) => TicketPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();
}
