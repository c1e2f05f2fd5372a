using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// docs/configuration.md, "sora-rules.json": what a sora-rules.json may say, and for a malformed one, each problem at the exact place in
/// the file (SORA900 turns the offset into a line and column). <c>[|…|]</c> marks the span a problem must cover.
/// </summary>
[Trait("Rule", "SORA900")]
public class RuleTableReaderTests
{
    [Fact]
    public void ReadsTheSpecExample()
    {
        RuleTable table = ReadValid("""
            {
              "extends": "apiyi",
              "models": [
                { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5, 10, 20],
                  "defaultSeconds": 5, "sizes": ["1920x1080", "1080x1920"], "audio": true,
                  "deprecated": "optional free text shown in SORA004" }
              ]
            }
            """);

        Assert.Equal(["sora-2", "sora-2-pro", "sora-3"], table.Models.Select(m => m.Name));
        Assert.Equal("sora-2", table.DefaultModel);
        VideoModel sora3 = table.Find("sora-3")!;
        Assert.Equal(new[] { "sora-3-preview" }, sora3.Aliases);
        Assert.Equal(new[] { 5, 10, 20 }, sora3.Seconds);
        Assert.Equal(5, sora3.DefaultSeconds);
        Assert.Equal(new[] { "1920x1080", "1080x1920" }, sora3.Sizes);
        Assert.True(sora3.Audio);
        Assert.Equal("optional free text shown in SORA004", sora3.Deprecated);
        Assert.Same(sora3, table.Find("sora-3-preview"));
    }

    [Fact]
    public void ExtendsApiyiAddingSora3AndReplacingSora2()
    {
        RuleTable table = ReadValid("""
            {
              "$schema": "https://example.com/sora-rules.schema.json",
              "description": "Our relay",
              "extends": "apiyi",
              "models": [
                { "name": "sora-3", "seconds": [5, 10], "sizes": ["1920x1080"] },
                { "name": "sora-2", "aliases": ["sora-2-latest"], "seconds": [4, 8, 12, 16], "defaultSeconds": 8, "sizes": ["1280x720"] }
              ]
            }
            """);

        // A replaced model keeps its place; a new one comes last.
        Assert.Equal(["sora-2", "sora-2-pro", "sora-3"], table.Models.Select(m => m.Name));
        VideoModel sora2 = table.Find("sora-2")!;
        Assert.Equal(new[] { 4, 8, 12, 16 }, sora2.Seconds);
        Assert.Equal(8, sora2.DefaultSeconds);
        Assert.Equal(new[] { "1280x720" }, sora2.Sizes);
        Assert.Null(sora2.Audio);
        Assert.Null(sora2.Deprecated);

        // The entry replaces the whole model, its aliases too.
        Assert.Same(sora2, table.Find("sora-2-latest"));
        Assert.Null(table.Find("sora-2-2025-10-06"));

        // Untouched models come from the base table; defaults come from the first listed duration.
        Assert.Same(BuiltInRuleTables.Default.Find("sora-2-pro"), table.Find("sora-2-pro"));
        Assert.Equal(5, table.Find("sora-3")!.DefaultSeconds);
        Assert.Empty(table.Find("sora-3")!.Aliases);
    }

    [Fact]
    public void ReadingAUserTableLeavesTheBuiltInTableAlone()
    {
        ReadValid("""{ "models": [{ "name": "sora-2", "seconds": [30], "sizes": ["1x1"] }] }""");

        Assert.Equal(new[] { 4, 8, 12 }, BuiltInRuleTables.Default.Find("sora-2")!.Seconds);
        Assert.Equal(2, BuiltInRuleTables.Default.Models.Length);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("OpenAI")]
    public void ExtendsNamesABuiltInTableInAnyCase(string name)
    {
        RuleTable table = ReadValid($$"""{ "extends": "{{name}}" }""");

        Assert.Equal(new[] { 4, 8, 12 }, table.Find("sora-2-pro")!.Seconds);
    }

    [Fact]
    public void WithoutExtendsTheTableChosenInEditorConfigIsTheBase()
    {
        RuleTableReadResult result = RuleTableReader.Read(
            """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1920x1080"] }] }""",
            BuiltInRuleTables.Find("openai"),
            BuiltInRuleTables.Find);

        Assert.Empty(result.Problems);
        Assert.Equal(new[] { 4, 8, 12 }, result.Table!.Find("sora-2-pro")!.Seconds);
        Assert.NotNull(result.Table.Find("sora-3"));
    }

    [Fact]
    public void ExtendsWinsOverTheTableChosenInEditorConfig()
    {
        RuleTableReadResult result = RuleTableReader.Read("""{ "extends": "apiyi" }""", BuiltInRuleTables.Find("openai"), BuiltInRuleTables.Find);

        Assert.Equal(new[] { 10, 15, 25 }, result.Table!.Find("sora-2-pro")!.Seconds);
    }

    [Fact]
    public void AnEmptyObjectIsTheBaseTable()
        => Assert.Equal(["sora-2", "sora-2-pro"], ReadValid("{}").Models.Select(m => m.Name));

    [Fact]
    public void ADefaultModelMayNameANewModel()
        => Assert.Equal("sora-3", ReadValid("""{ "defaultModel": "sora-3", "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"] }] }""").DefaultModel);

    [Fact]
    public void AModelMayRepeatItsOwnNameAsAnAlias()
        => Assert.NotNull(ReadValid("""{ "models": [{ "name": "sora-3", "aliases": ["sora-3", "sora-3"], "seconds": [5], "sizes": ["1x1"] }] }""").Find("sora-3"));

    [Fact]
    public void ReadsTheSpecExampleWithParametersSecondsTypeAndARemovedModel()
    {
        RuleTable table = ReadValid("""
            {
              "extends": "apiyi",
              "models": [
                { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5, 10, 20],
                  "defaultSeconds": 5, "sizes": ["1920x1080", "1080x1920"], "audio": true,
                  "deprecated": "optional free text shown in SORA004" },
                { "name": "sora-2", "removed": "2026-11-30", "replacement": "sora-3" }
              ],
              "parameters": ["model", "prompt", "seconds", "size", "input_reference"],
              "secondsType": "any"
            }
            """);

        Assert.Equal(new[] { "model", "prompt", "seconds", "size", "input_reference" }, table.Parameters);
        Assert.Equal(SecondsType.Any, table.SecondsType);
        VideoModel sora2 = table.Find("sora-2")!;
        Assert.True(sora2.IsRemoved);
        Assert.Equal("2026-11-30", sora2.Removed);
        Assert.Equal("sora-3", sora2.Replacement);
        Assert.Null(table.Find("sora-3")!.Removed);
    }

    [Theory]
    [InlineData("string", "apiyi", nameof(SecondsType.String))]
    [InlineData("any", "openai", nameof(SecondsType.Any))]
    public void SecondsTypeIsStringOrAny(string value, string baseWithTheOtherType, string expected)
    {
        RuleTableReadResult result = RuleTableReader.Read($$"""{ "secondsType": "{{value}}" }""", BuiltInRuleTables.Find(baseWithTheOtherType), BuiltInRuleTables.Find);

        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Table!.SecondsType.ToString());
    }

    [Theory]
    [InlineData("openai", nameof(SecondsType.String))]
    [InlineData("apiyi", nameof(SecondsType.Any))]
    public void WithoutSecondsTypeTheExtendedTablesIsKept(string extends, string expected)
        => Assert.Equal(expected, ReadValid($$"""{ "extends": "{{extends}}", "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"] }] }""").SecondsType.ToString());

    [Fact]
    public void WithoutExtendsParametersAndSecondsTypeComeFromTheTableChosenInEditorConfig()
    {
        RuleTableReadResult result = RuleTableReader.Read("""{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"] }] }""", BuiltInRuleTables.Find("openai"), BuiltInRuleTables.Find);

        Assert.Empty(result.Problems);
        Assert.Equal(SecondsType.String, result.Table!.SecondsType);
        Assert.Equal(new[] { "model", "prompt", "seconds", "size", "input_reference" }, result.Table.Parameters);
    }

    [Fact]
    public void ATableWithNothingToInheritHasNoParameterListAndTakesAnySeconds()
    {
        // No list means no SORA006 check at all; that is what a table built on nothing says.
        RuleTableReadResult result = RuleTableReader.Read("""{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"] }] }""", defaultBase: null, resolveBase: _ => null);

        Assert.Empty(result.Problems);
        Assert.Empty(result.Table!.Parameters);
        Assert.Equal(SecondsType.Any, result.Table.SecondsType);
    }

    [Fact]
    public void ParametersReplaceTheExtendedTablesListInTheFilesOrder()
    {
        RuleTable table = ReadValid("""{ "extends": "openai", "parameters": ["prompt", "model", "seconds", "size", "aspectRatio", "n_variants", "_trace"] }""");

        Assert.Equal(new[] { "prompt", "model", "seconds", "size", "aspectRatio", "n_variants", "_trace" }, table.Parameters);
    }

    [Fact]
    public void ParameterNamesAreCaseSensitive()
        => Assert.Equal(new[] { "model", "Model" }, ReadValid("""{ "parameters": ["model", "Model"] }""").Parameters);

    [Fact]
    public void ARemovedModelNeedsNoSecondsOrSizes()
    {
        RuleTable table = ReadValid("""{ "models": [{ "name": "sora-3", "aliases": ["sora-3-preview"], "removed": "2026-01-31" }] }""");

        VideoModel sora3 = table.Find("sora-3-preview")!;
        Assert.Equal("sora-3", sora3.Name);
        Assert.True(sora3.IsRemoved);
        Assert.Empty(sora3.Seconds);
        Assert.Empty(sora3.Sizes);
        Assert.Null(sora3.Replacement);
    }

    [Fact]
    public void ARemovedModelMayKeepItsValuesAndItsDeprecationNote()
    {
        VideoModel model = ReadValid("""{ "models": [{ "name": "sora-3", "seconds": [5, 10], "defaultSeconds": 10, "sizes": ["1x1"], "deprecated": "gone since January", "removed": "2026-01-31" }] }""").Find("sora-3")!;

        Assert.Equal("2026-01-31", model.Removed);
        Assert.Equal("gone since January", model.Deprecated);
        Assert.Equal(new[] { 5, 10 }, model.Seconds);
        Assert.Equal(10, model.DefaultSeconds);
        Assert.Equal(new[] { "1x1" }, model.Sizes);
    }

    [Fact]
    public void RestatingARemovedModelWithoutRemovedServesItAgain()
    {
        // An entry replaces the model entirely, so nothing of the base's lifecycle survives it.
        RuleTable table = ReadValid("""{ "extends": "openai", "models": [{ "name": "sora-2", "seconds": [4, 8, 12], "sizes": ["720x1280", "1280x720"] }] }""");

        Assert.False(table.Find("sora-2")!.IsRemoved);
        Assert.Null(table.Find("sora-2")!.Deprecated);
        Assert.True(table.Find("sora-2-pro")!.IsRemoved);
    }

    [Theory]
    [InlineData("sora-3")]
    [InlineData("sora-3-preview")]
    public void AReplacementIsTheNameOrAnAliasOfAServedModel(string replacement)
    {
        // The model that replaces comes later in the file: replacements are checked on the merged table.
        RuleTable table = ReadValid($$"""
            { "models": [
                { "name": "sora-2", "removed": "2026-09-24", "replacement": "{{replacement}}" },
                { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5], "sizes": ["1x1"] }
            ] }
            """);

        Assert.Equal(replacement, table.Find("sora-2")!.Replacement);
    }

    [Fact]
    public void AReplacementMayNameAModelOfTheExtendedTable()
        => Assert.Equal("sora-2-pro", ReadValid("""{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": "sora-2-pro" }] }""").Find("sora-2")!.Replacement);

    [Fact]
    public void AModelStillServedMayNameItsReplacementAhead()
    {
        VideoModel model = ReadValid("""{ "models": [{ "name": "sora-2", "seconds": [4], "sizes": ["1x1"], "deprecated": "retired on 2027-01-31", "replacement": "sora-2-pro" }] }""").Find("sora-2")!;

        Assert.False(model.IsRemoved);
        Assert.Equal("sora-2-pro", model.Replacement);
    }

    [Fact]
    public void TheDefaultModelMayBeRemoved()
    {
        RuleTable table = ReadValid("""{ "extends": "openai", "defaultModel": "sora-2-pro" }""");

        Assert.Equal("sora-2-pro", table.DefaultModel);
        Assert.True(table.Find(table.DefaultModel)!.IsRemoved);
    }

    [Theory]
    [InlineData("2026-09-24")]
    [InlineData("2028-02-29")]
    [InlineData("1999-12-31")]
    public void RemovedIsACalendarDate(string date)
        => Assert.Equal(date, ReadValid($$"""{ "models": [{ "name": "sora-3", "removed": "{{date}}" }] }""").Find("sora-3")!.Removed);

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-09-00")]
    [InlineData("2026-9-24")]
    [InlineData("2026-09-4")]
    [InlineData("26-09-24")]
    [InlineData("24/09/2026")]
    [InlineData("2026/09/24")]
    [InlineData("2026-09-24T00:00:00Z")]
    [InlineData(" 2026-09-24")]
    [InlineData("2026-09-24 ")]
    [InlineData("September 24, 2026")]
    [InlineData("")]
    public void RemovedMustBeACalendarDateOfTheFormYYYYMMDD(string date)
    {
        string text = $$"""{ "models": [{ "name": "sora-3", "removed": "{{date}}" }] }""";

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        RuleFileProblem problem = Assert.Single(result.Problems);
        Assert.Equal($"'{date}' in 'removed' is not a date of the form YYYY-MM-DD (for example '2026-09-24')", problem.Message);
        Assert.Equal((text.IndexOf("\"" + date + "\"", StringComparison.Ordinal), date.Length + 2), (problem.Start, problem.Length));
    }

    [Fact]
    public void ABaseModelsReplacementThatTheFileBreaksIsReportedAtTheModelsList()
    {
        // The base's 'old' moves to 'next' by its snapshot alias; the file restates 'next' without that alias. The
        // broken replacement is the base's, so the problem goes on the file's entries, which caused it.
        RuleTable baseTable = RuleTableReader.Read(
            """
            { "name": "relay", "models": [
                { "name": "old", "removed": "2026-01-31", "replacement": "next-2026-01-01" },
                { "name": "next", "aliases": ["next-2026-01-01"], "seconds": [5], "sizes": ["1x1"] }
            ] }
            """,
            defaultBase: null,
            resolveBase: _ => null).Table!;
        Assert.NotNull(baseTable);
        (string text, int start, int length) = Unmark("""{ "models": [|[{ "name": "next", "seconds": [5], "sizes": ["1x1"] }]|] }""");

        RuleTableReadResult result = RuleTableReader.Read(text, baseTable, _ => null);

        RuleFileProblem problem = Assert.Single(result.Problems);
        Assert.Equal("'replacement' names no model of the table: 'next-2026-01-01'", problem.Message);
        Assert.Equal((start, length), (problem.Start, problem.Length));
    }

    [Fact]
    public void AReplacementIsNotCheckedWhileAnEntryHasProblems()
    {
        // sora-3 is left out of the merged table for its empty 'seconds': "names no model" would be a false report.
        const string text = """
            { "models": [
                { "name": "sora-2", "removed": "2026-09-24", "replacement": "sora-3" },
                { "name": "sora-3", "seconds": [], "sizes": ["1x1"] }
            ] }
            """;

        RuleFileProblem problem = Assert.Single(Read(text).Problems);

        Assert.Equal("'seconds' must list at least one duration", problem.Message);
    }

    [Fact]
    public void EveryReplacementProblemIsReported()
    {
        const string text = """
            { "extends": "openai", "models": [
                { "name": "sora-3", "seconds": [4], "sizes": ["1x1"], "replacement": "sora-2" },
                { "name": "sora-4", "seconds": [4], "sizes": ["1x1"], "replacement": "sora-9" }
            ] }
            """;

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        Assert.Equal(
            [
                ("'replacement' names a removed model: 'sora-2'", "\"sora-2\""),
                ("'replacement' names no model of the table: 'sora-9'", "\"sora-9\""),
            ],
            result.Problems.Select(p => (p.Message, text.Substring(p.Start, p.Length))));
        Assert.Equal(text.IndexOf("\"sora-2\"", StringComparison.Ordinal), result.Problems[0].Start);
    }

    public static TheoryData<string, string> Problems => new()
    {
        // the file, with [|…|] around the span of its one problem; the problem's message
        { """{ "models": [ [|}|]""", "invalid JSON: unexpected character '}'" },
        { """{ "models": [], [|}|]""", "invalid JSON: expected a property name in double quotes" },
        { """{ "models": [{ "name": [|"|]sora-3 }] }""", "invalid JSON: unterminated string" },
        { """{ "models": [{ "name": "sora-3", "seconds": [[|0|]5] }] }""", "invalid JSON: invalid number (leading zeros are not allowed)" },
        { """{ [|'|]models': [] }""", "invalid JSON: expected a property name in double quotes" },
        { """{ "models": [[||]""", "invalid JSON: unexpected end of the JSON text" },
        { "[||]", "invalid JSON: unexpected end of the JSON text" },
        { "  [||]", "invalid JSON: unexpected end of the JSON text" },
        { "[|[]|]", "the file must contain a JSON object" },

        { """{ [|"modles"|]: [] }""", "unknown property 'modles'" },
        { """{ [|"Models"|]: [] }""", "unknown property 'Models'" },
        { """{ "extends": [|"azure"|] }""", "'extends' names no built-in table: 'azure' (use 'apiyi', 'azure-openai', 'llmgateway', and 'openai')" },
        { """{ "extends": [|""|] }""", "'extends' names no built-in table: '' (use 'apiyi', 'azure-openai', 'llmgateway', and 'openai')" },
        { """{ "extends": [|["apiyi"]|] }""", "'extends' must be a string" },
        { """{ "models": [|{ "name": "sora-3" }|] }""", "'models' must be an array" },
        { """{ "models": [|"sora-3"|] }""", "'models' must be an array" },
        { """{ "models": [ [|"sora-3"|] ] }""", "each entry of 'models' must be an object" },
        { """{ "name": [|1|] }""", "'name' must be a string" },
        { """{ "description": [|null|] }""", "'description' must be a string" },
        { """{ "defaultModel": [|"sora-9"|] }""", "'defaultModel' names no model of the table: 'sora-9'" },

        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], [|"durations"|]: [5] }] }""", "unknown property 'durations' in a model entry" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], [|"Audio"|]: true }] }""", "unknown property 'Audio' in a model entry" },
        { """{ "models": [ [|{ "seconds": [5], "sizes": ["1x1"] }|] ] }""", "a model entry has no 'name'" },
        { """{ "models": [{ "name": [|null|], "seconds": [5], "sizes": ["1x1"] }] }""", "'name' must be a string" },
        { """{ "models": [{ "name": [|"sora 3"|], "seconds": [5], "sizes": ["1x1"] }] }""", "'sora 3' is not a valid model name (letters, digits, '-', '_', '.', ':')" },
        { """{ "models": [{ "name": [|"sora-3,sora-4"|], "seconds": [5], "sizes": ["1x1"] }] }""", "'sora-3,sora-4' is not a valid model name (letters, digits, '-', '_', '.', ':')" },
        { """{ "models": [{ "name": [|""|], "seconds": [5], "sizes": ["1x1"] }] }""", "'' is not a valid model name (letters, digits, '-', '_', '.', ':')" },
        { """{ "models": [ [|{ "name": "sora-3", "sizes": ["1x1"] }|] ] }""", "model 'sora-3' has no 'seconds' list" },
        { """{ "models": [ [|{ "name": "sora-3", "seconds": [5] }|] ] }""", "model 'sora-3' has no 'sizes' list" },

        { """{ "models": [{ "name": "sora-3", "seconds": [|[]|], "sizes": ["1x1"] }] }""", "'seconds' must list at least one duration" },
        { """{ "models": [{ "name": "sora-3", "seconds": [|5|], "sizes": ["1x1"] }] }""", "'seconds' must be an array of whole numbers or a range such as { \"min\": 4, \"max\": 15 }" },
        { """{ "models": [{ "name": "sora-3", "seconds": [|"5, 10"|], "sizes": ["1x1"] }] }""", "'seconds' must be an array of whole numbers or a range such as { \"min\": 4, \"max\": 15 }" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5, [|5|]], "sizes": ["1x1"] }] }""", "duplicate duration 5 in 'seconds'" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5, 10], "defaultSeconds": [|4|], "sizes": ["1x1"] }] }""", "'defaultSeconds' 4 is not one of the model's 'seconds'" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5, 10], "defaultSeconds": [|"5"|], "sizes": ["1x1"] }] }""", "'defaultSeconds' must be a positive whole number" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5, 10], "defaultSeconds": [|0|], "sizes": ["1x1"] }] }""", "'defaultSeconds' must be a positive whole number" },

        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [|[]|] }] }""", "'sizes' must list at least one size" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [|"1920x1080"|] }] }""", "'sizes' must be an array of strings" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1920x1080", [|"1280*720"|]] }] }""", "'1280*720' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [[|"1280X720"|]] }] }""", "'1280X720' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [[|"1280 x 720"|]] }] }""", "'1280 x 720' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [[|"HD"|]] }] }""", "'HD' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [[|"0x720"|]] }] }""", "'0x720' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": [[|1280|]] }] }""", "a value in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')" },
        { """{ "models": [{ "name": "sora-3", "aliases": [[|"sora 3"|]], "seconds": [5], "sizes": ["1x1"] }] }""", "'sora 3' in 'aliases' is not a model name" },
        { """{ "models": [{ "name": "sora-3", "aliases": [|"sora-3-preview"|], "seconds": [5], "sizes": ["1x1"] }] }""", "'aliases' must be an array of strings" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], "audio": [|"yes"|] }] }""", "'audio' must be true or false" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], "deprecated": [|true|] }] }""", "'deprecated' must be a string" },

        { """{ "secondsType": [|"number"|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|"String"|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|""|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|1|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|null|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|["string"]|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|"int"|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "secondsType": [|"Integer"|] }""", "'secondsType' must be 'string', 'integer', or 'any'" },
        { """{ "models": [{ "name": "x", "seconds": [|{ "min": 4 }|], "sizes": ["1x1"] }] }""", "a 'seconds' range needs both 'min' and 'max'" },
        { """{ "models": [{ "name": "x", "seconds": [|{ }|], "sizes": ["1x1"] }] }""", "a 'seconds' range needs both 'min' and 'max'" },
        { """{ "models": [{ "name": "x", "seconds": { "min": [|15|], "max": 4 }, "sizes": ["1x1"] }] }""", "'min' 15 is greater than 'max' 4 in 'seconds'" },
        { """{ "models": [{ "name": "x", "seconds": { "min": [|4.5|], "max": 15 }, "sizes": ["1x1"] }] }""", "'min' of 'seconds' must be a positive whole number" },
        { """{ "models": [{ "name": "x", "seconds": { "min": 4, "max": [|"15"|] }, "sizes": ["1x1"] }] }""", "'max' of 'seconds' must be a positive whole number" },
        { """{ "models": [{ "name": "x", "seconds": { "min": [|0|], "max": 15 }, "sizes": ["1x1"] }] }""", "'min' of 'seconds' must be a positive whole number" },
        { """{ "models": [{ "name": "x", "seconds": { "min": 4, "max": 15, [|"step"|]: 1 }, "sizes": ["1x1"] }] }""", "unknown property 'step' in a 'seconds' range (it takes 'min' and 'max')" },
        { """{ "models": [{ "name": "x", "seconds": { "min": 4, "max": 15 }, "defaultSeconds": [|16|], "sizes": ["1x1"] }] }""", "'defaultSeconds' 16 is not one of the model's 'seconds'" },
        { """{ "endpoints": [|"api.example.com"|] }""", "'endpoints' must be an array of strings" },
        { """{ "endpoints": [|[]|] }""", "'endpoints' must list at least one host" },
        { """{ "endpoints": [[|"https://api.example.com"|]] }""", "'https://api.example.com' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"api.example.com/v1/videos"|]] }""", "'api.example.com/v1/videos' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"api.example.com:443"|]] }""", "'api.example.com:443' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"*.com"|]] }""", "'*.com' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"*example.com"|]] }""", "'*example.com' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"api..example.com"|]] }""", "'api..example.com' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|"-api.example.com"|]] }""", "'-api.example.com' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|""|]] }""", "'' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": [[|4|]] }""", "a value in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')" },
        { """{ "endpoints": ["api.example.com", [|"API.example.com"|]] }""", "duplicate host 'API.example.com' in 'endpoints'" },
        { """{ [|"SecondsType"|]: "string" }""", "unknown property 'SecondsType'" },

        { """{ "parameters": [|"model, prompt"|] }""", "'parameters' must be an array of strings" },
        { """{ "parameters": [|{ "model": true }|] }""", "'parameters' must be an array of strings" },
        { """{ "parameters": [|null|] }""", "'parameters' must be an array of strings" },
        { """{ "parameters": [|[]|] }""", "'parameters' must list at least one field" },
        { """{ "parameters": ["model", "prompt", [|"model"|]] }""", "duplicate parameter 'model' in 'parameters'" },
        { """{ "parameters": ["model", [|""|]] }""", "'' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|"input reference"|]] }""", "'input reference' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|"seconds,size"|]] }""", "'seconds,size' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|"input-reference"|]] }""", "'input-reference' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|"2k"|]] }""", "'2k' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|"größe"|]] }""", "'größe' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|5|]] }""", "a value in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },
        { """{ "parameters": ["model", [|null|]] }""", "a value in 'parameters' is not a field name (letters, digits and '_', not starting with a digit)" },

        { """{ "models": [{ "name": "sora-3", "removed": [|"2026-13-01"|] }] }""", "'2026-13-01' in 'removed' is not a date of the form YYYY-MM-DD (for example '2026-09-24')" },
        { """{ "models": [{ "name": "sora-3", "removed": [|20260924|] }] }""", "'removed' must be a string" },
        { """{ "models": [{ "name": "sora-3", "removed": [|true|] }] }""", "'removed' must be a string" },
        { """{ "models": [{ "name": "sora-3", "removed": [|null|] }] }""", "'removed' must be a string" },
        { """{ "models": [{ "name": "sora-3", "removed": "2026-01-31", "seconds": [|[]|] }] }""", "'seconds' must list at least one duration" },
        { """{ "models": [{ "name": "sora-3", "removed": "2026-01-31", "defaultSeconds": [|4|] }] }""", "'defaultSeconds' 4 is not one of the model's 'seconds'" },
        { """{ "models": [ [|{ "name": "sora-3", "seconds": [5], "deprecated": "removed on 2026-01-31" }|] ] }""", "model 'sora-3' has no 'sizes' list" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], [|"Removed"|]: "2026-01-31" }] }""", "unknown property 'Removed' in a model entry" },

        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|3|] }] }""", "'replacement' must be a string" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|null|] }] }""", "'replacement' must be a string" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"sora 3"|] }] }""", "'sora 3' in 'replacement' is not a model name" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|""|] }] }""", "'' in 'replacement' is not a model name" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"sora-9"|] }] }""", "'replacement' names no model of the table: 'sora-9'" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"Sora-2-Pro"|] }] }""", "'replacement' names no model of the table: 'Sora-2-Pro'" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"sora-2"|] }] }""", "'replacement' names a removed model: 'sora-2'" },
        { """{ "extends": "openai", "models": [{ "name": "sora-3", "removed": "2026-01-31", "replacement": [|"sora-2-2025-10-06"|] }] }""", "'replacement' names a removed model: 'sora-2-2025-10-06'" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"sora-2-2025-10-06"|] }] }""", "'replacement' names no model of the table: 'sora-2-2025-10-06'" },
        { """{ "extends": "openai", "models": [{ "name": "sora-3", "seconds": [4], "sizes": ["1x1"], "replacement": [|"sora-2-pro"|] }] }""", "'replacement' names a removed model: 'sora-2-pro'" },
        { """{ "models": [{ "name": "sora-2", "removed": "2026-09-24", "replacement": [|"sora-2-pro"|] }, { "name": "sora-2-pro", "removed": "2026-09-24" }] }""", "'replacement' names a removed model: 'sora-2-pro'" },
        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"], "replacement": [|"sora-2-2025-10-06"|] }, { "name": "sora-2", "seconds": [4], "sizes": ["1x1"] }] }""", "'replacement' names no model of the table: 'sora-2-2025-10-06'" },

        { """{ "models": [{ "name": "sora-3", "seconds": [5], "sizes": ["1x1"] }, { "name": [|"sora-3"|], "seconds": [10], "sizes": ["1x1"] }] }""", "duplicate model 'sora-3'" },
        { """{ "models": [{ "name": "sora-3", "aliases": [[|"sora-2"|]], "seconds": [5], "sizes": ["1x1"] }] }""", "alias 'sora-2' of model 'sora-3' is already a name or alias of model 'sora-2'" },
        { """{ "models": [{ "name": "sora-3", "aliases": [[|"sora-2-2025-10-06"|]], "seconds": [5], "sizes": ["1x1"] }] }""", "alias 'sora-2-2025-10-06' of model 'sora-3' is already a name or alias of model 'sora-2'" },
        { """{ "models": [{ "name": "sora-3", "aliases": ["next"], "seconds": [5], "sizes": ["1x1"] }, { "name": "sora-4", "aliases": [[|"next"|]], "seconds": [5], "sizes": ["1x1"] }] }""", "alias 'next' of model 'sora-4' is already a name or alias of model 'sora-3'" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void ReportsTheProblemAtItsPlace(string markedText, string message)
    {
        (string text, int start, int length) = Unmark(markedText);

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        RuleFileProblem problem = Assert.Single(result.Problems);
        Assert.Equal(message, problem.Message);
        Assert.Equal((start, length), (problem.Start, problem.Length));
    }

    [Theory]
    [InlineData("\"ten\"")]
    [InlineData("4.5")]
    [InlineData("-4")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("4e0")]
    [InlineData("4.0")]
    [InlineData("99999999999")]
    [InlineData("\"4\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[4]")]
    public void SecondsMustBePositiveWholeNumbers(string value)
    {
        string text = """{ "models": [{ "name": "sora-3", "seconds": [4, """ + value + """], "sizes": ["1x1"] }] }""";

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        RuleFileProblem problem = Assert.Single(result.Problems);
        Assert.Equal("each value of 'seconds' must be a positive whole number", problem.Message);
        Assert.Equal((text.IndexOf(value, text.IndexOf("[4, ", StringComparison.Ordinal), StringComparison.Ordinal), value.Length), (problem.Start, problem.Length));
    }

    [Fact]
    public void AnAliasClashIsReportedWhereTheLaterModelWritesIt()
    {
        // The replaced sora-2 keeps the first place in the table, so sora-3's alias is the one that clashes:
        // the problem must point into sora-3's entry even though the same text appears earlier in the file.
        (string text, int start, int length) = Unmark("""
            { "models": [
                { "name": "sora-2", "aliases": ["sora-next"], "seconds": [4], "sizes": ["1x1"] },
                { "name": "sora-3", "aliases": [[|"sora-next"|]], "seconds": [5], "sizes": ["1x1"] }
            ] }
            """);

        RuleFileProblem problem = Assert.Single(Read(text).Problems);

        Assert.Equal("alias 'sora-next' of model 'sora-3' is already a name or alias of model 'sora-2'", problem.Message);
        Assert.Equal((start, length), (problem.Start, problem.Length));
    }

    [Fact]
    public void AModelNamedLikeABuiltInAliasIsReportedAtItsName()
    {
        // The clashing alias belongs to the base table's sora-2; what the user wrote is the new model's name.
        (string text, int start, int length) = Unmark("""
            { "models": [
                { "name": [|"sora-2-2025-10-06"|], "seconds": [5], "sizes": ["1x1"] }
            ] }
            """);

        RuleFileProblem problem = Assert.Single(Read(text).Problems);

        Assert.Equal("alias 'sora-2-2025-10-06' of model 'sora-2' is already a name or alias of model 'sora-2-2025-10-06'", problem.Message);
        Assert.Equal((start, length), (problem.Start, problem.Length));
    }

    [Fact]
    public void AMissingNameIsReportedBesideOtherProblemsOfTheEntry()
    {
        const string text = """{ "models": [{ "seconds": [5], "sizes": ["1280*720"] }] }""";

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        Assert.Equal(
            [
                ("'1280*720' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')", "\"1280*720\""),
                ("a model entry has no 'name'", """{ "seconds": [5], "sizes": ["1280*720"] }"""),
            ],
            result.Problems.Select(p => (p.Message, text.Substring(p.Start, p.Length))));
    }

    [Fact]
    public void AnEmptyEntryNamesEverythingItLacks()
    {
        const string text = """{ "models": [{}] }""";

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        Assert.Equal(
            ["a model entry has no 'name'", "the model entry has no 'seconds' list", "the model entry has no 'sizes' list"],
            result.Problems.Select(p => p.Message));
        Assert.All(result.Problems, p => Assert.Equal((text.IndexOf("{}", StringComparison.Ordinal), 2), (p.Start, p.Length)));
    }

    [Fact]
    public void EveryProblemOfTheFileIsReportedInOrder()
    {
        const string text = """
            {
              "extends": "azure",
              "models": [
                { "name": "sora-3", "seconds": [], "sizes": ["1920x1080"] },
                { "name": "sora-4", "seconds": [5], "sizes": ["1920*1080"], "fps": 24 }
              ],
              "comment": "x"
            }
            """;

        RuleTableReadResult result = Read(text);

        Assert.Null(result.Table);
        Assert.Equal(
            [
                ("'extends' names no built-in table: 'azure' (use 'apiyi', 'azure-openai', 'llmgateway', and 'openai')", "\"azure\""),
                ("unknown property 'comment'", "\"comment\""),
                ("'seconds' must list at least one duration", "[]"),
                ("'1920*1080' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720')", "\"1920*1080\""),
                ("unknown property 'fps' in a model entry", "\"fps\""),
            ],
            result.Problems.Select(p => (p.Message, text.Substring(p.Start, p.Length))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{ \"models\": [")]
    [InlineData("{ \"models\": [{ \"name\": \"sora-3\"")]
    [InlineData("{ \"models\": [{ \"name\": \"sora-3")]
    [InlineData("{ \"models\": [{ \"name\": \"sora-3\\")]
    public void AProblemAtTheEndOfTheTextStaysInsideTheText(string text)
    {
        // SORA900 maps the span to a line and column; a span past the end of the file would throw there.
        RuleFileProblem problem = Assert.Single(Read(text).Problems);

        Assert.InRange(problem.Start, 0, text.Length);
        Assert.InRange(problem.Start + problem.Length, problem.Start, text.Length);
    }

    private static RuleTableReadResult Read(string text) => RuleTableReader.Read(text, BuiltInRuleTables.Default, BuiltInRuleTables.Find);

    private static RuleTable ReadValid(string text)
    {
        RuleTableReadResult result = Read(text);
        Assert.Empty(result.Problems.Select(p => $"{p.Message} at {p.Start}"));
        return Assert.IsType<RuleTable>(result.Table);
    }

    private static (string Text, int Start, int Length) Unmark(string marked)
    {
        int start = marked.IndexOf("[|", StringComparison.Ordinal);
        int end = marked.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end >= start, "the text marks no span");
        return (marked.Remove(end, 2).Remove(start, 2), start, end - start - 2);
    }
}
