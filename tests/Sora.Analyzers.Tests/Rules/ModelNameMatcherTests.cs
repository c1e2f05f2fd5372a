using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// docs/rules/SORA002.md, "Fixes": the names a fix offers for an unknown model. Names that differ only in case and punctuation
/// come first; otherwise the names a few edits away. Other OpenAI models are no typo of a video model.
/// </summary>
[Trait("Rule", "SORA002")]
public class ModelNameMatcherTests
{
    [Theory]
    [InlineData("sora2", "sora-2")]
    [InlineData("Sora-2", "sora-2")]
    [InlineData("SORA_2", "sora-2")]
    [InlineData("sora 2", "sora-2")]
    [InlineData("sora.2", "sora-2")]
    [InlineData("sora-2pro", "sora-2-pro")]
    [InlineData("Sora-2-Pro", "sora-2-pro")]
    [InlineData("sora_2_pro", "sora-2-pro")]
    [InlineData("sora-2-por", "sora-2-pro")]
    [InlineData("sora-2-pr", "sora-2-pro")]
    [InlineData("sora-2-proo", "sora-2-pro")]
    [InlineData("sora-22", "sora-2")]
    [InlineData("Sora-2-2025-10-06", "sora-2-2025-10-06")]
    [InlineData("SORA-2-2025-12-08", "sora-2-2025-12-08")]
    [InlineData("SORA-2-PRO-2025-10-06", "sora-2-pro-2025-10-06")]
    [InlineData("sora-2-20251006", "sora-2-2025-10-06")]
    [InlineData("sora-2-2025-10-07", "sora-2-2025-10-06")]
    public void FindsTheClosestName(string name, string expected)
    {
        Assert.Equal(new[] { expected }, ModelNameMatcher.Closest(name, BuiltInRuleTables.Default));
        Assert.Equal(new[] { expected }, ModelNameMatcher.Closest(name, BuiltInRuleTables.Find("openai")!));
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("gpt-4o-mini")]
    [InlineData("dall-e-3")]
    [InlineData("whisper-1")]
    [InlineData("tts-1")]
    [InlineData("gpt-image-1")]
    [InlineData("text-embedding-3-small")]
    [InlineData("veo-3")]
    [InlineData("")]
    [InlineData("-")]
    public void OtherModelsAreNotCloseToAVideoModel(string name)
        => Assert.Empty(ModelNameMatcher.Closest(name, BuiltInRuleTables.Default));

    [Fact]
    public void SameLettersWinOverFewerEdits()
    {
        var table = new RuleTable("t", "vid-a", [Model("vid-a"), Model("vid-ab")]);

        // 'VIDA' has the letters of 'vid-a'; 'vid-ab' is one edit away but is not offered beside it.
        Assert.Equal(new[] { "vid-a" }, ModelNameMatcher.Closest("VIDA", table));
        Assert.Equal(new[] { "vid-a", "vid-ab" }, ModelNameMatcher.Closest("vid-aa", table));
    }

    [Fact]
    public void EqualDistancesOfferEveryNameCanonicalNamesFirst()
    {
        var table = new RuleTable("t", "vid-a1", [Model("vid-a1", "vid-c2"), Model("vid-b1")]);

        // 'vid-c1' is one substitution from both canonical names and from the alias.
        Assert.Equal(new[] { "vid-a1", "vid-b1", "vid-c2" }, ModelNameMatcher.Closest("vid-c1", table));
    }

    [Theory]
    [InlineData("sora-2", true)]
    [InlineData("sora-2-pro", true)]
    [InlineData("sora-2-2025-12-08", true)]
    [InlineData("sora2", true)]
    [InlineData("Sora-2", true)]
    [InlineData("sora-2-por", true)]
    [InlineData("gpt-4o", false)]
    [InlineData("dall-e-3", false)]
    [InlineData("whisper-1", false)]
    [InlineData("", false)]
    public void IsKnownOrClose(string name, bool expected)
        => Assert.Equal(expected, ModelNameMatcher.IsKnownOrClose(name, BuiltInRuleTables.Default));

    private static VideoModel Model(string name, params string[] aliases)
        => new(name, [.. aliases], DurationSet.Of([4]), 4, ["1280x720"], audio: null, deprecated: null);
}
