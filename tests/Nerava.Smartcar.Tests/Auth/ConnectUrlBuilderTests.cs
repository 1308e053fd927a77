using Nerava.Smartcar.Auth;
using Nerava.Smartcar.Tests.Infrastructure;

namespace Nerava.Smartcar.Tests.Auth;

public sealed class ConnectUrlBuilderTests
{
    [Fact]
    public void Full_request_matches_the_node_sdk_parameter_order_and_encoding()
    {
        var options = TestOptions.Create(o =>
        {
            o.ConnectOrigin = "https://connect.smartcar.com";
            o.ClientId = "cid";
            o.RedirectUri = "http://localhost/cb";
        });
        var request = new ConnectUrlRequest
        {
            Scope = ["read_battery", "read_location"],
            State = "s1",
            ForcePrompt = true,
            SingleSelectVin = "VIN123",
            Make = "TESLA",
            Flags = [new("country", "DE"), new("foo", "true")],
            User = "u1",
            Mode = SmartcarMode.Simulated,
        };

        var url = ConnectUrlBuilder.Build(options, request);

        Assert.Equal(
            "https://connect.smartcar.com/oauth/authorize?response_type=code&client_id=cid&approval_prompt=force"
            + "&redirect_uri=http%3A%2F%2Flocalhost%2Fcb&scope=read_battery%20read_location&state=s1&single_select=true"
            + "&single_select_vin=VIN123&make=TESLA&flags=country%3ADE%20foo%3Atrue&user=u1&mode=simulated",
            url.AbsoluteUri);
    }

    [Fact]
    public void Minimal_request_uses_auto_prompt_and_the_configured_mode()
    {
        var options = TestOptions.Create(o => o.Mode = SmartcarMode.Test);

        var url = ConnectUrlBuilder.Build(options, new ConnectUrlRequest { Scope = ["read_location"] });

        Assert.Equal(
            "https://smartcar.test/oauth/authorize?response_type=code&client_id=test-client-id&approval_prompt=auto"
            + "&redirect_uri=https%3A%2F%2Fapp.test%2Fcallback&scope=read_location&mode=test",
            url.AbsoluteUri);
    }

    [Fact]
    public void Single_select_false_external_id_and_redirect_override_are_sent()
    {
        var url = ConnectUrlBuilder.Build(TestOptions.Create(), new ConnectUrlRequest
        {
            SingleSelect = false,
            ExternalId = "driver 42",
            RedirectUri = "https://other.test/cb",
        });

        var query = url.Query;
        Assert.Contains("&single_select=false", query, StringComparison.Ordinal);
        Assert.DoesNotContain("single_select_vin", query, StringComparison.Ordinal);
        Assert.Contains("&external_id=driver%2042", query, StringComparison.Ordinal);
        Assert.Contains("&redirect_uri=https%3A%2F%2Fother.test%2Fcb", query, StringComparison.Ordinal);
        Assert.DoesNotContain("scope=", query, StringComparison.Ordinal);
        Assert.EndsWith("&mode=live", query, StringComparison.Ordinal);
    }

    [Fact]
    public void State_with_reserved_characters_round_trips()
    {
        const string state = "a&b=c d/é";
        var url = ConnectUrlBuilder.Build(TestOptions.Create(), new ConnectUrlRequest { State = state });

        var pairs = url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(state, pairs["state"]);
    }
}
