using System.Text.Json.Nodes;
using Json.Schema;
using Sora.Analyzers.Rules;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// docs/sora-rules.schema.json is what editors complete and check a sora-rules.json with; RuleTableReader is what the
/// analyzer accepts. These tests hold the two, and the examples in the docs, to one another: every documented rule
/// file is valid for both, and the same mistakes are rejected by both.
/// </summary>
[Trait("Rule", "SORA900")]
public class RuleFileSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repository.PathOf("docs/sora-rules.schema.json"))));

    /// <summary>
    /// Every ```json block of docs/configuration.md and docs/rules/SORA004.md is a rule file, and so are the other rule
    /// pages' "rule file" blocks (the sora-rules.json their examples run with), SORA900's "Does not trigger" examples,
    /// the sample's file and the built-in tables.
    /// </summary>
    public static TheoryData<string, string> DocumentedRuleFiles
    {
        get
        {
            var files = new TheoryData<string, string>();
            int index = 0;
            foreach (MarkdownBlock block in JsonBlocks("docs/configuration.md"))
            {
                files.Add($"docs/configuration.md, json block {++index}", block.Text);
            }

            foreach (MarkdownBlock block in JsonBlocks("docs/rules/SORA004.md"))
            {
                files.Add("docs/rules/SORA004.md", block.Text);
            }

            foreach (string page in RulePageExamples.Pages().Where(p => p != "docs/rules/SORA004.md"))
            {
                foreach (MarkdownBlock block in JsonBlocks(page).Where(b => b.Marker?.Kind == RulePageExamples.RuleFile))
                {
                    files.Add($"{page}:{block.Line}, rule file {block.Marker!.Option("name")}", block.Text);
                }
            }

            foreach (MarkdownBlock block in JsonBlocks("docs/rules/SORA900.md").Where(b => b.Marker?.Kind == RulePageExamples.DoesNotTrigger))
            {
                files.Add($"docs/rules/SORA900.md:{block.Line}, {block.Before}", block.Text);
            }

            files.Add("samples/QuickStart/sora-rules.json", File.ReadAllText(Repository.PathOf("samples/QuickStart/sora-rules.json")));
            foreach (string name in BuiltInRuleTables.Names)
            {
                files.Add("built-in table " + name, BuiltInRuleTables.ReadText(name));
            }

            return files;
        }
    }

    public static TheoryData<string, string> InvalidRuleFiles
    {
        get
        {
            var files = new TheoryData<string, string>
            {
                // cause, file: both the schema and the analyzer reject it
                { "not an object", """[]""" },
                { "unknown property", """{ "modles": [] }""" },
                { "unknown model property", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"], "duration": 5 } ] }""" },
                { "extends no built-in table", """{ "extends": "azure" }""" },
                { "name not a string", """{ "name": 3 }""" },
                { "models not an array", """{ "models": { "name": "x" } }""" },
                { "missing name", """{ "models": [ { "seconds": [5], "sizes": ["1280x720"] } ] }""" },
                { "missing seconds", """{ "models": [ { "name": "x", "sizes": ["1280x720"] } ] }""" },
                { "missing sizes", """{ "models": [ { "name": "x", "seconds": [5] } ] }""" },
                { "name with a space", """{ "models": [ { "name": "sora 3", "seconds": [5], "sizes": ["1280x720"] } ] }""" },
                { "name with a comma", """{ "models": [ { "name": "a,b", "seconds": [5], "sizes": ["1280x720"] } ] }""" },
                { "empty name", """{ "models": [ { "name": "", "seconds": [5], "sizes": ["1280x720"] } ] }""" },
                { "alias with a space", """{ "models": [ { "name": "x", "aliases": ["x 1"], "seconds": [5], "sizes": ["1280x720"] } ] }""" },
                { "empty seconds", """{ "models": [ { "name": "x", "seconds": [], "sizes": ["1280x720"] } ] }""" },
                { "seconds as text", """{ "models": [ { "name": "x", "seconds": [5, "ten"], "sizes": ["1280x720"] } ] }""" },
                { "seconds zero", """{ "models": [ { "name": "x", "seconds": [0], "sizes": ["1280x720"] } ] }""" },
                { "seconds negative", """{ "models": [ { "name": "x", "seconds": [-4], "sizes": ["1280x720"] } ] }""" },
                { "seconds fractional", """{ "models": [ { "name": "x", "seconds": [8.5], "sizes": ["1280x720"] } ] }""" },
                { "seconds beyond Int32", """{ "models": [ { "name": "x", "seconds": [2147483648], "sizes": ["1280x720"] } ] }""" },
                { "duplicate seconds", """{ "models": [ { "name": "x", "seconds": [5, 5], "sizes": ["1280x720"] } ] }""" },
                { "defaultSeconds as text", """{ "models": [ { "name": "x", "seconds": [5], "defaultSeconds": "5", "sizes": ["1280x720"] } ] }""" },
                { "empty sizes", """{ "models": [ { "name": "x", "seconds": [5], "sizes": [] } ] }""" },
                { "size with a star", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1920*1080"] } ] }""" },
                { "size with a capital X", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1920X1080"] } ] }""" },
                { "size with a leading zero", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["0720x1280"] } ] }""" },
                { "size with spaces", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1920 x 1080"] } ] }""" },
                { "audio as text", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"], "audio": "yes" } ] }""" },
                { "deprecated null", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"], "deprecated": null } ] }""" },
                { "secondsType neither string nor any", """{ "secondsType": "number" }""" },
                { "secondsType capitalized", """{ "secondsType": "String" }""" },
                { "parameters not an array", """{ "parameters": "model, prompt" }""" },
                { "empty parameters", """{ "parameters": [] }""" },
                { "duplicate parameter", """{ "parameters": ["model", "model"] }""" },
                { "empty parameter", """{ "parameters": ["model", ""] }""" },
                { "parameter with a space", """{ "parameters": ["model", "input reference"] }""" },
                { "parameter starting with a digit", """{ "parameters": ["model", "2k"] }""" },
                { "parameter not a string", """{ "parameters": ["model", 4] }""" },
                { "removed month 13", """{ "models": [ { "name": "x", "removed": "2026-13-01" } ] }""" },
                { "removed not zero-padded", """{ "models": [ { "name": "x", "removed": "2026-9-24" } ] }""" },
                { "removed with a time", """{ "models": [ { "name": "x", "removed": "2026-09-24T00:00:00Z" } ] }""" },
                { "removed not a string", """{ "models": [ { "name": "x", "removed": 20260924 } ] }""" },
                { "removed null", """{ "models": [ { "name": "x", "removed": null } ] }""" },
                { "deprecated but not removed, without seconds", """{ "models": [ { "name": "x", "sizes": ["1280x720"], "deprecated": "gone on 2026-01-31" } ] }""" },
                { "replacement with a space", """{ "models": [ { "name": "x", "removed": "2026-01-31", "replacement": "sora 3" } ] }""" },
                { "replacement not a string", """{ "models": [ { "name": "x", "removed": "2026-01-31", "replacement": ["sora-2"] } ] }""" },
        { "secondsType int", """{ "secondsType": "int" }""" },
        { "seconds range without max", """{ "models": [ { "name": "x", "seconds": { "min": 4 }, "sizes": ["1280x720"] } ] }""" },
        { "seconds range with a fraction", """{ "models": [ { "name": "x", "seconds": { "min": 4, "max": 15.5 }, "sizes": ["1280x720"] } ] }""" },
        { "seconds range from zero", """{ "models": [ { "name": "x", "seconds": { "min": 0, "max": 15 }, "sizes": ["1280x720"] } ] }""" },
        { "seconds range with a step", """{ "models": [ { "name": "x", "seconds": { "min": 4, "max": 15, "step": 1 }, "sizes": ["1280x720"] } ] }""" },
        { "endpoints not an array", """{ "endpoints": "api.example.com" }""" },
        { "empty endpoints", """{ "endpoints": [] }""" },
        { "endpoint as a URL", """{ "endpoints": ["https://api.example.com"] }""" },
        { "endpoint with a port", """{ "endpoints": ["api.example.com:443"] }""" },
        { "endpoint with a path", """{ "endpoints": ["api.example.com/v1"] }""" },
        { "endpoint under a top-level domain only", """{ "endpoints": ["*.com"] }""" },
        { "endpoint with a star inside", """{ "endpoints": ["api.*.example.com"] }""" },
        { "duplicate endpoint", """{ "endpoints": ["api.example.com", "api.example.com"] }""" },
            };

            foreach (MarkdownBlock block in JsonBlocks("docs/rules/SORA900.md").Where(b => b.Marker?.Kind == RulePageExamples.Triggers))
            {
                files.Add($"docs/rules/SORA900.md:{block.Line}, {block.Before}", block.Text);
            }

            return files;
        }
    }

    /// <summary>Problems only the analyzer sees: they depend on the whole table, which a schema cannot compare.</summary>
    public static TheoryData<string, string> TableWideProblems => new()
    {
        { "duplicate model", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"] }, { "name": "x", "seconds": [5], "sizes": ["1280x720"] } ] }""" },
        { "alias of another model", """{ "models": [ { "name": "x", "aliases": ["sora-2"], "seconds": [5], "sizes": ["1280x720"] } ] }""" },
        { "defaultSeconds not among seconds", """{ "models": [ { "name": "x", "seconds": [5], "defaultSeconds": 6, "sizes": ["1280x720"] } ] }""" },
        { "defaultModel naming no model", """{ "defaultModel": "sora-9" }""" },
        { "removed on a day the month does not have", """{ "models": [ { "name": "x", "removed": "2026-02-30" } ] }""" },
        { "replacement naming no model", """{ "models": [ { "name": "x", "removed": "2026-01-31", "replacement": "sora-9" } ] }""" },
        { "replacement naming a removed model", """{ "extends": "openai", "models": [ { "name": "x", "removed": "2026-01-31", "replacement": "sora-2" } ] }""" },
        { "replacement naming its own model", """{ "models": [ { "name": "x", "removed": "2026-01-31", "replacement": "x" } ] }""" },
        { "seconds range with min above max", """{ "models": [ { "name": "x", "seconds": { "min": 15, "max": 4 }, "sizes": ["1280x720"] } ] }""" },
        { "endpoints differing only in case", """{ "endpoints": ["api.example.com", "API.example.com"] }""" },
    };

    /// <summary>Forms the new fields take that the documented files may not show; valid for both.</summary>
    public static TheoryData<string, string> AcceptedRuleFiles => new()
    {
        { "secondsType string", """{ "secondsType": "string" }""" },
        { "secondsType any", """{ "secondsType": "any" }""" },
        { "parameters in camel and snake case", """{ "parameters": ["model", "prompt", "seconds", "size", "aspectRatio", "n_variants", "_trace"] }""" },
        { "a removed model without seconds or sizes", """{ "models": [ { "name": "x", "removed": "2026-01-31" } ] }""" },
        { "a removed model keeping its values", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"], "deprecated": "note", "removed": "2026-01-31" } ] }""" },
        { "removed on a leap day", """{ "models": [ { "name": "x", "removed": "2028-02-29" } ] }""" },
        { "a replacement by alias", """{ "models": [ { "name": "x", "removed": "2026-01-31", "replacement": "sora-2-2025-10-06" } ] }""" },
        { "a served model naming its replacement ahead", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1280x720"], "replacement": "sora-2" } ] }""" },
        { "a removed default model", """{ "extends": "openai", "defaultModel": "sora-2-pro" }""" },
        { "secondsType integer", """{ "secondsType": "integer" }""" },
        { "seconds as a range", """{ "models": [ { "name": "x", "seconds": { "min": 4, "max": 15 }, "defaultSeconds": 5, "sizes": ["1280x720"] } ] }""" },
        { "endpoints: a host and a suffix", """{ "endpoints": ["gw.example.com", "*.gw.example.com", "localhost"] }""" },
        { "extends a gateway table", """{ "extends": "llmgateway", "models": [ { "name": "wan-2-5", "seconds": [5, 10], "sizes": ["1280x720"] } ] }""" },
        { "extends the Azure table", """{ "extends": "azure-openai" }""" },
    };

    [Theory]
    [MemberData(nameof(AcceptedRuleFiles))]
    public void AcceptedRuleFilesAreValidForBoth(string form, string text)
    {
        RuleTableReadResult result = Read(text);

        Assert.True(result.Problems.IsEmpty, form + ": " + string.Join("; ", result.Problems.Select(p => p.Message)));
        Assert.True(Evaluate(text).IsValid, form + ": " + Errors(Evaluate(text)));
    }

    [Fact]
    public void TheSchemaIsAValidDraft7Schema()
    {
        EvaluationResults results = MetaSchemas.Draft7.Evaluate(JsonNode.Parse(File.ReadAllText(Repository.PathOf("docs/sora-rules.schema.json"))), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void TheDocsShowRuleFiles()
        => Assert.True(JsonBlocks("docs/configuration.md").Count() >= 3, "docs/configuration.md should show rule files in ```json blocks.");

    [Fact]
    public void TheSamplePointsAtTheSchema()
    {
        JsonNode sample = JsonNode.Parse(File.ReadAllText(Repository.PathOf("samples/QuickStart/sora-rules.json")))!;
        string schemaPath = Path.GetFullPath(Path.Combine(Repository.PathOf("samples/QuickStart"), (string)sample["$schema"]!));

        Assert.Equal(Repository.PathOf("docs/sora-rules.schema.json"), schemaPath);
    }

    [Theory]
    [MemberData(nameof(DocumentedRuleFiles))]
    public void DocumentedRuleFilesAreValidForTheSchema(string source, string text)
    {
        EvaluationResults results = Evaluate(text);

        Assert.True(results.IsValid, source + ": " + Errors(results));
    }

    [Theory]
    [MemberData(nameof(DocumentedRuleFiles))]
    public void DocumentedRuleFilesAreAcceptedByTheAnalyzer(string source, string text)
    {
        RuleTableReadResult result = Read(text);

        Assert.True(result.Problems.IsEmpty, source + ": " + string.Join("; ", result.Problems.Select(p => p.Message)));
        Assert.NotNull(result.Table);
    }

    [Theory]
    [MemberData(nameof(InvalidRuleFiles))]
    public void TheSchemaRejectsWhatTheAnalyzerRejects(string cause, string text)
    {
        Assert.False(Read(text).Problems.IsEmpty, cause + ": the analyzer accepts it.");
        Assert.False(Evaluate(text).IsValid, cause + ": the schema accepts it.");
    }

    [Theory]
    [MemberData(nameof(TableWideProblems))]
    public void TableWideProblemsAreTheAnalyzers(string cause, string text)
    {
        Assert.False(Read(text).Problems.IsEmpty, cause + ": the analyzer accepts it.");
        Assert.True(Evaluate(text).IsValid, cause + ": the schema now rejects it; move it to InvalidRuleFiles.");
    }

    private static RuleTableReadResult Read(string text) => RuleTableReader.Read(text, BuiltInRuleTables.Default, BuiltInRuleTables.Find);

    private static EvaluationResults Evaluate(string text)
        => Schema.Value.Evaluate(JsonNode.Parse(text), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results)
        => string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static IEnumerable<MarkdownBlock> JsonBlocks(string relativePath)
        => MarkdownBlocks.Read(relativePath).Where(block => block.Language == "json");
}
