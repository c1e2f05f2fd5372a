using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>
/// SORA004 (Info): a request names a model the table in force marks as deprecated. The <c>openai</c> table carries
/// OpenAI's published lifecycle; the default <c>apiyi</c> table deprecates nothing. The text is the table's, so the
/// analyzer never reads the clock.
/// </summary>
[Trait("Rule", "SORA004")]
public class DeprecatedModelTests
{
    private const string OpenAI = "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n";

    private const string Lifecycle = "OpenAI deprecated the Videos API and this model on 2026-03-24; removal is scheduled for 2026-09-24 and no replacement is named";

    [Theory]
    [InlineData("sora-2")]
    [InlineData("sora-2-pro")]
    [InlineData("sora-2-2025-10-06")]
    [InlineData("sora-2-2025-12-08")]
    [InlineData("sora-2-pro-2025-10-06")]
    public Task TheOpenAITableDeprecatesEveryModelAndAlias(string model)
        => Verify.AnalyzerAsync(
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"{{model}}"|}, "8");
            }
            """ + VideoApi.Declarations,
            OpenAI,
            Deprecated(model));

    [Fact]
    public Task TheMessageIsExactAndTheSeverityInfo()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", model: "sora-2", seconds: "8");
            }
            """ + VideoApi.Declarations,
            OpenAI,
            new DiagnosticResult("SORA004", DiagnosticSeverity.Info)
                .WithSpan(3, 59, 3, 67)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'sora-2' is deprecated: " + Lifecycle + "."));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ARequestWithoutAModelIsNotReported()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", seconds: "8");
                    VideoClient.CreateVideo("a fox", seconds: {|SORA001:"10"|});
                }
            }
            """ + VideoApi.Declarations,
            OpenAI + "sora_analyzers.video_methods = CreateVideo\n");

    [Fact]
    public Task TheDefaultTableDeprecatesNothing()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task SORA004ComesWithTheOtherRulesOfTheRequest()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA004:"sora-2"|}, {|SORA001:"10"|}, {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations,
            OpenAI);

    [Fact]
    public Task PayloadsAreReportedOnTheirModelValue()
        => Verify.AnalyzerAsync(
            """
            using System.Collections.Generic;

            class App
            {
                object Anonymous() => new { model = {|SORA004:"sora-2"|}, seconds = "8" };
                object Dictionary() => new Dictionary<string, object> { ["model"] = {|SORA004:"sora-2-pro"|}, ["seconds"] = "12" };
                string Json() => "{\"model\":\"{|SORA004:sora-2|}\",\"seconds\":\"4\"}";
            }
            """,
            OpenAI);

    [Fact]
    public Task TheSeverityCanBeRaised()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"sora-2"|}, "8");
            }
            """ + VideoApi.Declarations,
            OpenAI + "dotnet_diagnostic.SORA004.severity = warning\n",
            Deprecated("sora-2").WithSeverity(DiagnosticSeverity.Warning));

    private static DiagnosticResult Deprecated(string model)
        => new DiagnosticResult("SORA004", DiagnosticSeverity.Info)
            .WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage($"Model '{model}' is deprecated: {Lifecycle}.");
}
