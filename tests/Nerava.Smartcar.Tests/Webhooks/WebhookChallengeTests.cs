using System.Text.Json;
using Nerava.Smartcar.Tests.Infrastructure;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Smartcar.Tests.Webhooks;

public sealed class WebhookChallengeTests
{
    [Fact]
    public void Respond_matches_the_hash_challenge_vector()
    {
        Assert.Equal("9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e", WebhookChallenge.Respond("amt", "challenge"));
    }

    [Fact]
    public void Response_body_is_the_challenge_object()
    {
        using var body = JsonDocument.Parse(WebhookChallenge.ResponseBody("amt", "challenge"));

        var property = Assert.Single(body.RootElement.EnumerateObject());
        Assert.Equal("challenge", property.Name);
        Assert.Equal("9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e", property.Value.GetString());
    }

    [Theory]
    [InlineData("webhooks/v4-verify.json")]
    [InlineData("webhooks/v2-verify.json")]
    public void Verify_events_of_both_versions_yield_the_challenge(string fixture)
    {
        var webhookEvent = WebhookEventParser.Parse(Fixture.Read(fixture));

        Assert.Equal(WebhookEventType.Verify, webhookEvent.EventType);
        Assert.Equal("challenge", webhookEvent.Challenge);
        Assert.Equal("9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e", WebhookChallenge.Respond("amt", webhookEvent.Challenge!));
    }
}
