using Sora.Analyzers.Diagnostics;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>docs/design.md, "Diagnostics" (step 5): messages quote values the way the API's own error does.</summary>
public class ValueListTests
{
    [Theory]
    [InlineData(new[] { "4" }, "'4'")]
    [InlineData(new[] { "sora-2", "sora-2-pro" }, "'sora-2' and 'sora-2-pro'")]
    [InlineData(new[] { "4", "8", "12" }, "'4', '8', and '12'")]
    [InlineData(new[] { "1280x720", "720x1280", "1792x1024", "1024x1792" }, "'1280x720', '720x1280', '1792x1024', and '1024x1792'")]
    public void QuotesLikeTheApi(string[] values, string expected)
        => Assert.Equal(expected, ValueList.Format(values));

    [Fact]
    public void NoValuesIsEmptyText()
        => Assert.Equal(string.Empty, ValueList.Format([]));

    [Fact]
    public void KeepsTheOrderGiven()
        => Assert.Equal("'12', '4', and '8'", ValueList.Format(["12", "4", "8"]));
}
