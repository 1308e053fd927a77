using Nerava.Arrival.Evidence;

namespace Nerava.Arrival.Tests.Evidence;

public sealed class PlugInMatcherTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void The_only_expected_session_corroborated_by_phone_car_or_tap_gets_the_plug_in(bool near, bool tapped)
    {
        var verdict = PlugInMatcher.Decide([new ExpectedSession(A, near, tapped)]);

        Assert.Equal(A, verdict.ArrivalFor);
        Assert.Equal([A], verdict.OfferedTo);
    }

    [Fact]
    public void The_only_expected_session_without_corroboration_is_offered_not_arrived()
    {
        var verdict = PlugInMatcher.Decide([new ExpectedSession(A, false, false)]);

        Assert.Null(verdict.ArrivalFor);
        Assert.Equal([A], verdict.OfferedTo);
    }

    [Fact]
    public void Two_expected_sessions_are_both_offered_and_neither_arrives_even_when_corroborated()
    {
        var verdict = PlugInMatcher.Decide([new ExpectedSession(A, true, true), new ExpectedSession(B, true, false)]);

        Assert.Null(verdict.ArrivalFor);
        Assert.Equal([A, B], verdict.OfferedTo);
    }

    [Fact]
    public void No_expected_session_is_only_recorded()
    {
        Assert.Equal(new PlugInVerdict(null, []), PlugInMatcher.Decide([]), new VerdictComparer());
    }

    private sealed class VerdictComparer : IEqualityComparer<PlugInVerdict>
    {
        public bool Equals(PlugInVerdict? x, PlugInVerdict? y) => x!.ArrivalFor == y!.ArrivalFor && x.OfferedTo.SequenceEqual(y.OfferedTo);

        public int GetHashCode(PlugInVerdict obj) => 0;
    }
}
