using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>
/// docs/configuration.md, "Options": <c>sora_analyzers.rule_table</c> chooses the built-in table, from an .editorconfig (per folder or
/// file) or a .globalconfig. <c>sora-2-pro</c> for 8 seconds tells the tables apart: the relay guide (<c>apiyi</c>)
/// rejects it, OpenAI's endpoint accepts it (and says the model was removed, SORA007).
/// </summary>
public class RuleTableOptionTests
{
    private const string Apiyi = """
        class App
        {
            void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:"8"|});
        }
        """;

    private const string OpenAI = """
        class App
        {
            void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2-pro"|}, "8");
        }
        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task WithoutOptionsTheTableIsApiyi()
        => Run(Apiyi + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task EditorConfigChoosesTheTable()
        => Run(OpenAI + VideoApi.Declarations, ("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n"));

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task GlobalConfigChoosesTheTable()
        => Run(OpenAI + VideoApi.Declarations, ("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = openai\n"));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task EditorConfigNamingTheDefaultExplicitly()
        => Run(Apiyi + VideoApi.Declarations, ("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = apiyi\n"));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AnEditorConfigSectionOverridesTheGlobalConfig()
        => Run(
            Apiyi + VideoApi.Declarations,
            ("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = openai\n"),
            ("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = apiyi\n"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA007")]
    public Task EachFolderCanCallADifferentEndpoint()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("/src/Relay/RelayJobs.cs", Apiyi.Replace("class App", "class RelayJobs", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/src/Official/OfficialJobs.cs", OpenAI.Replace("class App", "class OfficialJobs", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/src/VideoClient.cs", VideoApi.Declarations));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/src/Official/.editorconfig", "[*.cs]\nsora_analyzers.rule_table = openai\n"));
        return test.RunAsync();
    }

    [Theory]
    [Trait("Rule", "SORA007")]
    [InlineData("OpenAI")]
    [InlineData("OPENAI")]
    [InlineData("  openai  ")]
    public Task TheValueIsCaseInsensitiveAndTrimmed(string value)
        => Run(OpenAI + VideoApi.Declarations, ("/.editorconfig", $"root = true\n[*.cs]\nsora_analyzers.rule_table = {value}\n"));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AnEmptyValueMeansTheDefault()
        => Run(Apiyi + VideoApi.Declarations, ("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table =\n"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA901")]
    public Task AnUnknownValueGivesSORA901AndTheDefaultTable()
        => Run(
            Apiyi + VideoApi.Declarations,
            [("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = opanai\n")],
            UnknownValue("opanai"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA901")]
    public Task AnUnknownValueInTheGlobalConfigGivesSORA901()
        => Run(
            Apiyi + VideoApi.Declarations,
            [("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = open-ai\n")],
            UnknownValue("open-ai"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA901")]
    public Task SORA901QuotesTheTrimmedValue()
        => Run(
            Apiyi + VideoApi.Declarations,
            [("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table =   azure   \n")],
            UnknownValue("azure"));

    [Fact]
    [Trait("Rule", "SORA901")]
    public Task AnUnknownValueIsReportedAlsoWhenNoFileHasARequest()
        => Run(
            "class App { void Run() { } }",
            [("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = opanai\n")],
            UnknownValue("opanai"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA901")]
    public Task SORA901IsReportedOncePerDistinctValue()
    {
        var test = new Verify.AnalyzerTest();
        test.TestState.Sources.Add(("/src/A.cs", Apiyi.Replace("class App", "class A", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/src/B.cs", Apiyi.Replace("class App", "class B", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/src/C.cs", Apiyi.Replace("class App", "class C", StringComparison.Ordinal)));
        test.TestState.Sources.Add(("/src/VideoClient.cs", VideoApi.Declarations));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = opanai\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[A.cs]\nsora_analyzers.rule_table = opanai\n[B.cs]\nsora_analyzers.rule_table = opanai\n[C.cs]\nsora_analyzers.rule_table = apiyii\n"));
        test.ExpectedDiagnostics.Add(UnknownValue("apiyii"));
        test.ExpectedDiagnostics.Add(UnknownValue("opanai"));
        return test.RunAsync();
    }

    /// <summary>SORA901 has no location in source: it names the option, not a line of a configuration file.</summary>
    private static DiagnosticResult UnknownValue(string value)
        => new DiagnosticResult("SORA901", DiagnosticSeverity.Warning)
            .WithMessage($"Unknown value '{value}' for option 'sora_analyzers.rule_table'. Supported values are: 'apiyi', 'azure-openai', 'llmgateway', and 'openai'.");

    private static Task Run(string source, params (string Path, string Text)[] configFiles)
        => Run(source, configFiles, []);

    private static Task Run(string source, (string Path, string Text)[] configFiles, params DiagnosticResult[] expected)
    {
        var test = new Verify.AnalyzerTest { TestCode = source };
        foreach ((string path, string text) in configFiles)
        {
            test.TestState.AnalyzerConfigFiles.Add((path, text));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
