using Nerava.Smartcar.Errors;

namespace Nerava.Smartcar.Tests.Errors;

public sealed class RetryAfterParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("120", 120)]
    [InlineData(" 0 ", 0)]
    [InlineData("Wed, 25 Nov 2026 10:00:30 GMT", 30)]
    [InlineData("Wed, 25 Nov 2026 09:59:00 GMT", 0)]
    [InlineData("2026-11-25T10:02:00Z", 120)]
    public void Parses_seconds_and_dates(string value, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryAfterParser.Parse(value, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void Rejects_missing_or_malformed_values(string? value)
    {
        Assert.Null(RetryAfterParser.Parse(value, Now));
    }
}
