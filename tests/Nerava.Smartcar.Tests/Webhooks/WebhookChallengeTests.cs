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

    [Theory]
    [InlineData("challenge")]
    [InlineData("0f3c8e2a9b7d4c1e8f6a5b4c3d2e1f00")]
    [InlineData("52f6e0bb-1369-45da-a61c-9e67d092d6db")]
    [InlineData("q83vEjRWeJA+/x2Q==")]
    [InlineData("abc_DEF-123.~:")]
    public void Token_shaped_challenges_are_well_formed(string challenge) => Assert.True(WebhookChallenge.IsWellFormed(challenge));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{\"eventType\":\"VEHICLE_STATE\"}")]
    [InlineData("a b")]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    [InlineData("quote\"")]
    [InlineData("brace{")]
    [InlineData("caf\u00e9")]
    public void Json_bodies_whitespace_and_other_characters_are_not(string? challenge) => Assert.False(WebhookChallenge.IsWellFormed(challenge));

    [Fact]
    public void A_challenge_longer_than_the_bound_is_not_well_formed()
    {
        Assert.True(WebhookChallenge.IsWellFormed(new string('a', WebhookChallenge.MaxLength)));
        Assert.False(WebhookChallenge.IsWellFormed(new string('a', WebhookChallenge.MaxLength + 1)));
    }
}
