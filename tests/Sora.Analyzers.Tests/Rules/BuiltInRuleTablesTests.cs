using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>docs/configuration.md, "Which table matches my endpoint": the two shipped tables, to the letter. They disagree on purpose (relays and OpenAI's endpoint differ).</summary>
public class BuiltInRuleTablesTests
{
    public static TheoryData<string, string, string[], int[], int, string[], bool?> Models => new()
    {
        // table, model, aliases, seconds, default seconds, sizes, audio
        { "apiyi", "sora-2", ["sora-2-2025-10-06", "sora-2-2025-12-08"], [4, 8, 12], 4, ["1280x720", "720x1280"], false },
        { "apiyi", "sora-2-pro", ["sora-2-pro-2025-10-06"], [10, 15, 25], 10, ["1280x720", "720x1280", "1792x1024", "1024x1792"], true },

        // OpenAI's reference says nothing about audio.
        { "openai", "sora-2", ["sora-2-2025-10-06", "sora-2-2025-12-08"], [4, 8, 12], 4, ["720x1280", "1280x720"], null },
        { "openai", "sora-2-pro", ["sora-2-pro-2025-10-06"], [4, 8, 12], 4, ["720x1280", "1280x720", "1024x1792", "1792x1024"], null },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void ModelsAreAsSpecified(string table, string name, string[] aliases, int[] seconds, int defaultSeconds, string[] sizes, bool? audio)
    {
        VideoModel? model = BuiltInRuleTables.Find(table)!.Find(name);

        Assert.NotNull(model);
        Assert.Equal(name, model.Name);
        Assert.Equal(aliases, model.Aliases);
        Assert.Equal(seconds, model.Seconds);
        Assert.Equal(defaultSeconds, model.DefaultSeconds);
        Assert.Equal(sizes, model.Sizes);
        Assert.Equal(audio, model.Audio);
    }

    [Theory]
    [InlineData("apiyi")]
    [InlineData("openai")]
    public void EachTableHasTheTwoModelsAndDefaultsToSora2(string name)
    {
        RuleTable table = BuiltInRuleTables.Find(name)!;

        Assert.Equal(name, table.Name);
        Assert.Equal(["sora-2", "sora-2-pro"], table.Models.Select(m => m.Name));
        Assert.Equal("sora-2", table.DefaultModel);
        Assert.Equal(
            ["sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08", "sora-2-pro", "sora-2-pro-2025-10-06"],
            table.KnownNames.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("apiyi", "sora-2-2025-10-06", "sora-2")]
    [InlineData("apiyi", "sora-2-2025-12-08", "sora-2")]
    [InlineData("apiyi", "sora-2-pro-2025-10-06", "sora-2-pro")]
    [InlineData("openai", "sora-2-2025-10-06", "sora-2")]
    [InlineData("openai", "sora-2-2025-12-08", "sora-2")]
    [InlineData("openai", "sora-2-pro-2025-10-06", "sora-2-pro")]
    public void AliasesFindTheirModel(string table, string alias, string model)
        => Assert.Equal(model, BuiltInRuleTables.Find(table)!.Find(alias)?.Name);

    [Theory]
    [InlineData("Sora-2")]
    [InlineData("SORA-2-PRO")]
    [InlineData("sora2")]
    [InlineData("sora-2 ")]
    [InlineData("")]
    public void ModelNamesAreCaseSensitiveAndExact(string name)
        => Assert.Null(BuiltInRuleTables.Default.Find(name));

    [Fact]
    public void ApiyiHasNoLifecycleNotes()
        => Assert.All(BuiltInRuleTables.Find("apiyi")!.Models, m =>
        {
            Assert.Null(m.Deprecated);
            Assert.Null(m.Removed);
            Assert.False(m.IsRemoved);
            Assert.Null(m.Replacement);
        });

    [Theory]
    [InlineData("apiyi")]
    [InlineData("openai")]
    public void BothTablesListTheFieldsOfPostV1Videos(string name)
        => Assert.Equal(new[] { "model", "prompt", "seconds", "size", "input_reference" }, BuiltInRuleTables.Find(name)!.Parameters);

    [Fact]
    [Trait("Rule", "SORA005")]
    public void OpenAITakesSecondsOnlyAsAString()
        => Assert.Equal(nameof(SecondsType.String), BuiltInRuleTables.Find("openai")!.SecondsType.ToString());

    [Fact]
    [Trait("Rule", "SORA005")]
    public void ApiyiTakesSecondsAsANumberOrAString()
        => Assert.Equal(nameof(SecondsType.Any), BuiltInRuleTables.Find("apiyi")!.SecondsType.ToString());

    [Theory]
    [Trait("Rule", "SORA007")]
    [InlineData("sora-2")]
    [InlineData("sora-2-2025-10-06")]
    [InlineData("sora-2-2025-12-08")]
    [InlineData("sora-2-pro")]
    [InlineData("sora-2-pro-2025-10-06")]
    public void OpenAIRemovedEveryModelAndSnapshotOn20260924WithNoReplacement(string name)
    {
        VideoModel model = BuiltInRuleTables.Find("openai")!.Find(name)!;

        Assert.True(model.IsRemoved);
        Assert.Equal("2026-09-24", model.Removed);
        Assert.Null(model.Replacement);
    }

    [Fact]
    [Trait("Rule", "SORA007")]
    public void OpenAIsDefaultModelIsRemovedToo()
        => Assert.True(BuiltInRuleTables.Find("openai")!.Find(BuiltInRuleTables.Find("openai")!.DefaultModel)!.IsRemoved);

    [Fact]
    public void OpenAIListsItsDefaultSizeFirstForEveryModel()
        => Assert.All(BuiltInRuleTables.Find("openai")!.Models, m => Assert.Equal("720x1280", m.Sizes[0]));

    [Fact]
    [Trait("Rule", "SORA004")]
    public void OpenAIDeprecatesEveryModelWithTheDates()
    {
        Assert.All(BuiltInRuleTables.Find("openai")!.Models, model =>
        {
            Assert.NotNull(model.Deprecated);
            Assert.Contains("2026-03-24", model.Deprecated);
            Assert.Contains("2026-09-24", model.Deprecated);
            Assert.Contains("no replacement", model.Deprecated);

            // SORA004's message ends with its own period.
            Assert.False(model.Deprecated.EndsWith('.'), model.Deprecated);
        });
    }

    [Fact]
    public void TheDefaultIsApiyi()
    {
        Assert.Equal("apiyi", BuiltInRuleTables.DefaultName);
        Assert.Same(BuiltInRuleTables.Find("apiyi"), BuiltInRuleTables.Default);
        Assert.Equal(new[] { "apiyi", "azure-openai", "llmgateway", "openai" }, BuiltInRuleTables.Names);
    }

    [Theory]
    [InlineData("apiyi", "apiyi")]
    [InlineData("APIYI", "apiyi")]
    [InlineData("Apiyi", "apiyi")]
    [InlineData("openai", "openai")]
    [InlineData("OpenAI", "openai")]
    [InlineData("OPENAI", "openai")]
    public void FindIgnoresCase(string name, string expected)
    {
        RuleTable? table = BuiltInRuleTables.Find(name);

        Assert.Same(BuiltInRuleTables.Find(expected), table);
        Assert.Equal(expected, table!.Name);
    }

    [Theory]
    [InlineData("azure")]
    [InlineData("")]
    [InlineData(" apiyi")]
    [InlineData("open-ai")]
    [InlineData("default")]
    public void FindReturnsNullForAnUnknownName(string name)
        => Assert.Null(BuiltInRuleTables.Find(name));

    [Theory]
    [InlineData("apiyi")]
    [InlineData("openai")]
    public void EmbeddedTextReadsWithoutProblems(string name)
    {
        RuleTableReadResult result = RuleTableReader.Read(BuiltInRuleTables.ReadText(name), defaultBase: null, resolveBase: _ => null);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Table);
    }

    [Fact]
    public void ReadTextOfAMissingTableThrows()
        => Assert.Throws<InvalidOperationException>(() => BuiltInRuleTables.ReadText("azure"));
}
