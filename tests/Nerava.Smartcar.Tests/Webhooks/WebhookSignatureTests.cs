using System.Text;
using Nerava.Smartcar.Webhooks;

namespace Nerava.Smartcar.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    // Vectors from the official SDK tests (node-sdk test/unit/index.js, java-sdk SmartcarTest) and smartcar-api.md §5.
    [Theory]
    [InlineData("amt", "challenge", "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e")]
    [InlineData("amt", """{"pizza":"pasta"}""", "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70")]
    [InlineData("amt", """{"a":1}""", "038086120cac8eb630f6458a7e129a9559588bdc3a3f6817a55ce38d994a6243")]
    public void Compute_matches_the_official_vectors(string secret, string body, string expected)
    {
        Assert.Equal(expected, WebhookSignature.Compute(secret, body));
        Assert.Equal(expected, WebhookSignature.Compute(secret, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_accepts_the_vector_in_either_hex_case()
    {
        var body = Encoding.UTF8.GetBytes("""{"pizza":"pasta"}""");

        Assert.True(WebhookSignature.Verify("amt", body, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70"));
        Assert.True(WebhookSignature.Verify("amt", body, "4C05A8DA471F05156AD717BAA4017ACD13A3A809850B9CA7D3301DCAAA854F70"));
    }

    [Theory]
    [InlineData("""{"pizza":"pasta"} """)]
    [InlineData("""{ "pizza": "pasta" }""")]
    [InlineData("""{"pizza":"pastA"}""")]
    public void Verify_rejects_any_change_to_the_raw_bytes(string tampered)
    {
        Assert.False(WebhookSignature.Verify("amt", tampered, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("4c05a8da")]
    [InlineData("4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f7")]
    public void Verify_rejects_missing_short_or_malformed_signatures(string? signature)
    {
        Assert.False(WebhookSignature.Verify("amt", """{"pizza":"pasta"}""", signature));
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_secret()
    {
        var signature = WebhookSignature.Compute("other-amt", """{"pizza":"pasta"}""");

        Assert.False(WebhookSignature.Verify("amt", """{"pizza":"pasta"}""", signature));
    }
}
