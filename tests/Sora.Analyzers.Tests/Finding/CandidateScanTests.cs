using Microsoft.CodeAnalysis.CSharp;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Rules;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>docs/design.md (the pipeline, step 1): a compilation that mentions no video method and no model has nothing to analyze.</summary>
public class CandidateScanTests
{
    private static readonly string[] DefaultHints = CandidateScan.Hints(BuiltInRuleTables.Default.KnownNames, []);

    [Fact]
    public void HintsAreVideoAndTheModelsLeadingLetters()
        => Assert.Equal(["sora", "video"], DefaultHints);

    [Fact]
    public void ListedVideoMethodsAreHintsByTheirSimpleName()
        => Assert.Contains("Submit", CandidateScan.Hints([], ["MyCompany.Media.Renderer.Submit"]));

    [Theory]
    [InlineData("class A { void M() => Studio.CreateVideoAsync(); }", true)]
    [InlineData("class A { object M() => new { model = \"Sora2\" }; }", true)]
    [InlineData("class A { object M() => new { model = \"gpt-4o\", seconds = 10 }; }", false)]
    public void ATreeMentionsACandidateWhenItsTextHasAHint(string source, bool expected)
        => Assert.Equal(expected, CandidateScan.AnyTreeMentions([CSharpSyntaxTree.ParseText(source)], DefaultHints, CancellationToken.None));

    [Fact]
    public void AHintAcrossTheScansChunkBoundaryIsFound()
    {
        // The scan reads the text in chunks of 65,536 characters with an overlap; put "video" across the first boundary.
        string source = "// " + new string('x', 65_536 - 5) + "video\nclass A { }";
        Assert.True(CandidateScan.AnyTreeMentions([CSharpSyntaxTree.ParseText(source)], DefaultHints, CancellationToken.None));
    }

    [Fact]
    [Trait("Rule", "SORA901")]
    public Task ACompilationWithoutCandidatesReportsNothingButOptionProblems()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                class Chat
                {
                    object Body() => new { model = "gpt-4o", seconds = 10, size = "1792x1024" };
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsora_analyzers.rule_table = opanai\n"));
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SORA901", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("opanai", "sora_analyzers.rule_table", "'apiyi', 'azure-openai', 'llmgateway', and 'openai'"));
        return test.RunAsync();
    }
}
