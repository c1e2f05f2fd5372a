using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Options;
using Sora.Analyzers.Rules;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>
/// docs/configuration.md, "sora-rules.json", beyond the file's format (<see cref="RuleFileTests"/>): the table of a project's
/// sora-rules.json is the one every request shape is checked against, it combines with the options of each folder,
/// a project has one such file, and the parsed table is cached per file text.
/// </summary>
public class RuleFileUsageTests
{
    private const string Sora3 = """
        {
          "extends": "apiyi",
          "models": [
            { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5, 10, 20], "sizes": ["1920x1080", "1080x1920"] }
          ]
        }
        """;

    private const string Sora3Seconds = "'5', '10', and '20'";

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task PayloadShapesUseTheUserTable()
        => Run(
            """
            using System.Collections.Generic;
            using System.Net.Http;

            class VideoRequest
            {
                public string? Model { get; set; }
                public int Seconds { get; set; }
            }

            class App
            {
                object Anonymous() => new { model = "sora-3", seconds = {|#0:"7"|} };
                object Initializer() => new VideoRequest { Model = "sora-3-preview", Seconds = {|#1:15|} };
                object Dictionary() => new Dictionary<string, object> { ["model"] = "sora-3", ["size"] = {|SORA003:"1280x720"|} };
                string Json() => "{\"model\":\"sora-3\",\"seconds\":\"{|#2:8|}\"}";
                object Fine() => new { model = "sora-3", seconds = 20, size = "1080x1920" };

                void Form()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-3"), "model");
                    form.Add(new StringContent({|#3:"4"|}), "seconds");
                }
            }
            """,
            Sora3,
            UnsupportedSeconds(0, "sora-3", "7"),
            UnsupportedSeconds(1, "sora-3-preview", "15"),
            UnsupportedSeconds(2, "sora-3", "8"),
            UnsupportedSeconds(3, "sora-3", "4"));

    [Fact]
    [Trait("Rule", "SORA002")]
    public Task AUserModelIsNotAnUnknownModel()
        => Run(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-3", "10", "1920x1080");
                    VideoClient.CreateVideo("a fox", {|SORA002:"sora3"|}, "10");
                }
            }
            """ + VideoApi.Declarations,
            Sora3);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA007")]
    public Task EachFolderExtendsTheTableItsOptionsChoose()
    {
        // No "extends": the file adds sora-3 to the table each folder's .editorconfig chooses.
        const string Requests = """
            class {0}
            {{
                void Run()
                {{
                    VideoClient.CreateVideo("a fox", "sora-3", "20");
                    VideoClient.CreateVideo("a fox", {1}, {2});
                }}
            }}
            """;
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("/src/Relay/RelayJobs.cs", string.Format(Requests, "RelayJobs", "\"sora-2-pro\"", "{|SORA001:\"8\"|}")));
        test.TestState.Sources.Add(("/src/Official/OfficialJobs.cs", string.Format(Requests, "OfficialJobs", "{|SORA007:\"sora-2-pro\"|}", "\"8\"")));
        test.TestState.Sources.Add(("/src/VideoClient.cs", VideoApi.Declarations));
        test.TestState.AdditionalFiles.Add(("/src/sora-rules.json", """{ "models": [ { "name": "sora-3", "seconds": [5, 10, 20], "sizes": ["1920x1080"] } ] }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/src/Official/.editorconfig", "[*.cs]\nsora_analyzers.rule_table = openai\n"));
        return test.RunAsync();
    }

    [Fact]
    [Trait("Rule", "SORA900")]
    public Task AFileInvalidOnlyOnTheTableOfOneFolderIsReported()
    {
        // Under apiyi sora-2-pro is served; under openai (chosen by one folder) it was removed, so it is no replacement.
        const string Rules = """{ "models": [ { "name": "sora-2", "removed": "2026-11-30", "replacement": "sora-2-pro" } ] }""";
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("/src/Official/OfficialJobs.cs", "class OfficialJobs { }"));
        test.TestState.AdditionalFiles.Add(("/src/sora-rules.json", Rules));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/src/Official/.editorconfig", "[*.cs]\nsora_analyzers.rule_table = openai\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SORA900")
            .WithSpan("/src/sora-rules.json", 1, 75, 1, 87)
            .WithArguments("sora-rules.json", "'replacement' names a removed model: 'sora-2-pro' (line 1, column 75)"));
        return test.RunAsync();
    }

    [Fact]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA007")]
    public Task TheGlobalConfigChoosesWhatTheFileExtends()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                class App
                {
                    void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2-pro"|}, "8", {|SORA003:"1920x1080"|});
                }
                """ + VideoApi.Declarations,
        };
        test.TestState.AdditionalFiles.Add(("/0/sora-rules.json", """{ "models": [ { "name": "sora-3", "seconds": [5], "sizes": ["1920x1080"] } ] }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = openai\n"));
        return test.RunAsync();
    }

    [Fact]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA900")]
    public Task ASecondRuleFileIsReportedAndIgnored()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                class App
                {
                    void Run()
                    {
                        VideoClient.CreateVideo("a fox", "sora-3", "10");
                        VideoClient.CreateVideo("a fox", {|SORA002:"sora-4"|}, "10");
                    }
                }
                """ + VideoApi.Declarations,
        };
        test.TestState.AdditionalFiles.Add(("/0/sora-rules.json", Sora3));
        test.TestState.AdditionalFiles.Add(("/0/tools/Sora-Rules.json", """{ "models": [ { "name": "sora-4", "seconds": [10], "sizes": ["1920x1080"] } ] }"""));
        test.ExpectedDiagnostics.Add(
            new DiagnosticResult("SORA900", DiagnosticSeverity.Warning)
                .WithSpan("/0/tools/Sora-Rules.json", 1, 1, 1, 1)
                .WithMessage("The rule file 'sora-rules.json' is invalid: the project already uses '/0/sora-rules.json', so this file is ignored."));
        return test.RunAsync();
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task OtherAdditionalFilesAreNotRuleFiles()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                class App
                {
                    void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
                }
                """ + VideoApi.Declarations,
        };
        test.TestState.AdditionalFiles.Add(("/0/sora-rules.backup.json", "not JSON"));
        test.TestState.AdditionalFiles.Add(("/0/stylecop.json", """{ "models": [] }"""));
        return test.RunAsync();
    }

    [Fact]
    public void TheParsedTableIsCachedPerFileTextAndBaseTable()
    {
        var file = new InMemoryAdditionalText("/0/sora-rules.json", Sora3);
        RuleTable apiyi = BuiltInRuleTables.Find("apiyi")!;
        RuleTable openai = BuiltInRuleTables.Find("openai")!;

        // Each compilation finds the file anew; the text object of an unchanged file is the same.
        RuleFile first = RuleFile.Find(ImmutableArray.Create<AdditionalText>(file), CancellationToken.None)!;
        RuleFile second = RuleFile.Find(ImmutableArray.Create<AdditionalText>(file), CancellationToken.None)!;

        Assert.Same(first.Read(apiyi), second.Read(apiyi));
        Assert.NotSame(first.Read(apiyi), first.Read(openai));
        Assert.NotNull(first.Read(apiyi).Table!.Find("sora-3"));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public void TheFirstRuleFileByPathIsTheOneInForce()
    {
        var later = new InMemoryAdditionalText("/b/sora-rules.json", Sora3);
        var earlier = new InMemoryAdditionalText("/a/sora-rules.json", Sora3);

        RuleFile found = RuleFile.Find(ImmutableArray.Create<AdditionalText>(later, new InMemoryAdditionalText("/a/notes.json", "{}"), earlier), CancellationToken.None)!;

        Assert.Same(earlier, found.File);
    }

    private static DiagnosticResult UnsupportedSeconds(int location, string model, string seconds)
        => new DiagnosticResult("SORA001", DiagnosticSeverity.Warning)
            .WithLocation(location)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage($"Model '{model}' does not support seconds '{seconds}'. Supported values are: {Sora3Seconds}.");

    private static Task Run(string source, string ruleFile, params DiagnosticResult[] expected)
    {
        var test = new Verify.AnalyzerTest { TestCode = source };
        test.TestState.AdditionalFiles.Add(("/0/sora-rules.json", ruleFile));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
