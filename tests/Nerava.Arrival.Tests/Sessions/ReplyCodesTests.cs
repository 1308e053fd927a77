using Nerava.Arrival.Sessions;

namespace Nerava.Arrival.Tests.Sessions;

public class ReplyCodesTests
{
    [Fact]
    public void Code_is_four_digits_offset_from_1000()
    {
        Assert.Equal("1000", ReplyCodes.Generate(_ => 0, new HashSet<string>()));
        Assert.Equal("9999", ReplyCodes.Generate(n => n - 1, new HashSet<string>()));
        Assert.Equal("4821", ReplyCodes.Generate(_ => 3821, new HashSet<string>()));
    }

    [Fact]
    public void Codes_in_use_are_skipped()
    {
        var draws = new Queue<int>([3821, 3821, 17]);

        var code = ReplyCodes.Generate(_ => draws.Dequeue(), new HashSet<string> { "4821" });

        Assert.Equal("1017", code);
    }

    [Fact]
    public void A_crowded_space_still_finds_the_last_free_code()
    {
        var inUse = Enumerable.Range(1000, 9000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        inUse.Remove("7777");

        Assert.Equal("7777", ReplyCodes.Generate(_ => 0, inUse));
    }

    [Fact]
    public void Full_space_throws()
    {
        var inUse = Enumerable.Range(1000, 9000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();

        Assert.Throws<InvalidOperationException>(() => ReplyCodes.Generate(_ => 0, inUse));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9000)]
    public void A_generator_outside_its_range_is_refused(int value)
    {
        Assert.Throws<InvalidOperationException>(() => ReplyCodes.Generate(_ => value, new HashSet<string>()));
    }

    [Fact]
    public void Generator_is_asked_for_values_below_9000()
    {
        var asked = new List<int>();
        ReplyCodes.Generate(n => { asked.Add(n); return 0; }, new HashSet<string>());

        Assert.Equal([9000], asked);
    }
}
