using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// A model's durations as a table states them, a list or a range (docs/configuration.md, "Format"): which values they
/// hold, which are nearest to a wrong one, how the any-model union reads, and how messages quote them.
/// </summary>
public class DurationSetTests
{
    private static readonly DurationSet Veo = DurationSet.Of([4, 6, 8, 10]);
    private static readonly DurationSet Seedance = DurationSet.Range(4, 15);

    [Theory]
    [InlineData(20, new[] { 15 })]
    [InlineData(1, new[] { 4 })]
    [InlineData(9, new[] { 9 })]
    [InlineData(8.5, new[] { 8, 9 })]
    public void TheNearestValueOfARangeIsTheValueClampedIntoIt(double requested, int[] nearest)
        => Assert.Equal(nearest, Seedance.Nearest((decimal)requested));

    [Theory]
    [InlineData(12, new[] { 10 })]
    [InlineData(7, new[] { 6, 8 })]
    [InlineData(-4, new[] { 4 })]
    public void AListOffersItsNearestValuesSmallerFirst(double requested, int[] nearest)
        => Assert.Equal(nearest, Veo.Nearest((decimal)requested));

    [Fact]
    public void AHugeRequestIsClampedWithoutOverflow()
        => Assert.Equal<int>([15], Seedance.Nearest(decimal.MaxValue));

    [Fact]
    public void TheUnionOfListsKeepsTableOrder()
        => Assert.Equal("'4', '8', '12', '10', '15', and '25'", ValueList.Format(DurationSet.Union([DurationSet.Of([4, 8, 12]), DurationSet.Of([10, 15, 25])])));

    [Fact]
    public void TheUnionWithARangeIsSortedAndMerged()
    {
        DurationSet union = DurationSet.Union([Veo, DurationSet.Range(4, 30), Seedance, DurationSet.Of([5, 10])]);

        Assert.Equal("'4' to '30'", ValueList.Format(union));
        Assert.True(union.Contains(29));
        Assert.False(union.Contains(31));
    }

    [Fact]
    public void ARangeBesideSeparateValuesIsListedWithThem()
        => Assert.Equal("'2', '4' to '15', and '20'", ValueList.Format(DurationSet.Union([DurationSet.Of([2, 20]), Seedance])));

    [Fact]
    public void ARangeAdjacentToAValueTakesItIn()
        => Assert.Equal("'4' to '16'", ValueList.Format(DurationSet.Union([Seedance, DurationSet.Of([16])])));

    [Fact]
    public void ARangeOfOneValueReadsAsThatValue()
        => Assert.Equal("'8'", ValueList.Format(DurationSet.Range(8, 8)));

    [Fact]
    public void TheFirstValueIsARangesMinimum()
        => Assert.Equal(4, Seedance.First);
}
