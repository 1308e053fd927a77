using Nerava.Api.Features.MerchantReplies;

namespace Nerava.Api.IntegrationTests.Features.MerchantReplies;

public sealed class ReplyParserTests
{
    [Theory]
    [InlineData("DONE 4821", "4821", null)]
    [InlineData("  done 4821 ", "4821", null)]
    [InlineData("DONE 4821 $45", "4821", 4500)]
    [InlineData("DONE 4821 45.00", "4821", 4500)]
    [InlineData("Done 4821 $12.5", "4821", 1250)]
    public void Reads_code_and_optional_total(string body, string code, int? cents)
    {
        var reply = ReplyParser.Parse(body);

        Assert.Equal((code, cents), (reply.Code, reply.TotalCents));
    }

    [Theory]
    [InlineData("DONE")]
    [InlineData("DONE 48")]
    [InlineData("thanks!")]
    [InlineData("DONE 4821 forty")]
    public void Without_a_well_formed_code_there_is_no_code(string body) => Assert.Null(ReplyParser.Parse(body).Code);
}
