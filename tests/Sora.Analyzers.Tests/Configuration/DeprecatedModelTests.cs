using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>
/// SORA004 (Info): a request for a model the table in force marks as deprecated and not removed. No built-in table
/// deprecates a served model today (OpenAI's models were removed: SORA007), so a team's sora-rules.json says it. The
/// text is the table's, so the analyzer never reads the clock.
/// </summary>
[Trait("Rule", "SORA004")]
public class DeprecatedModelTests
{
    private const string Note = "the relay stops serving it on 2027-01-31";

    private const string RelayRules = """
        {
          "extends": "apiyi",
          "models": [
            { "name": "sora-2", "aliases": ["sora-2-2025-10-06", "sora-2-2025-12-08"], "seconds": [4, 8, 12], "sizes": ["1280x720", "720x1280"],
              "deprecated": "the relay stops serving it on 2027-01-31" }
          ]
        }
        """;

    private const string ListingCreateVideo = "root = true\n[*.cs]\nsora_analyzers.video_methods = CreateVideo\n";

    [Theory]
    [InlineData("sora-2")]
    [InlineData("sora-2-2025-10-06")]
    [InlineData("sora-2-2025-12-08")]
    public Task TheModelAndEachAliasIsReportedByTheNameWritten(string model)
        => Verify.AnalyzerAsync(
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"{{model}}"|}, "8");
            }
            """ + VideoApi.Declarations,
            editorConfig: null,
            RelayRules,
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
            editorConfig: null,
            RelayRules,
            new DiagnosticResult("SORA004", DiagnosticSeverity.Info)
                .WithSpan(3, 59, 3, 67)
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'sora-2' is deprecated: " + Note + "."));

    [Fact]
    public Task ARequestWithoutAModelMeansTheDefaultModelAndIsReportedOnTheCall()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.{|#0:CreateVideo|}("a fox", seconds: "8");
            }
            """ + VideoApi.Declarations,
            ListingCreateVideo,
            RelayRules,
            Deprecated("sora-2"));

    [Fact]
    public Task AServedModelTheTableDoesNotDeprecateIsSilent()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
            }
            """ + VideoApi.Declarations,
            editorConfig: null,
            RelayRules);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task ARemovedModelIsSORA007InsteadOfSORA004()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8");
            }
            """ + VideoApi.Declarations,
            "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n");

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
            editorConfig: null,
            RelayRules);

    [Fact]
    public Task PayloadsAreReportedOnTheirModelValue()
        => Verify.AnalyzerAsync(
            """
            using System.Collections.Generic;

            class App
            {
                object Anonymous() => new { model = {|SORA004:"sora-2"|}, seconds = "8" };
                object Dictionary() => new Dictionary<string, object> { ["model"] = {|SORA004:"sora-2-2025-10-06"|}, ["seconds"] = "12" };
                string Json() => "{\"model\":\"{|SORA004:sora-2|}\",\"seconds\":\"4\"}";
            }
            """,
            editorConfig: null,
            RelayRules);

    [Fact]
    public Task TheSeverityCanBeRaised()
        => Verify.AnalyzerAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"sora-2"|}, "8");
            }
            """ + VideoApi.Declarations,
            "root = true\n[*.cs]\ndotnet_diagnostic.SORA004.severity = warning\n",
            RelayRules,
            Deprecated("sora-2").WithSeverity(DiagnosticSeverity.Warning));

    private static DiagnosticResult Deprecated(string model)
        => new DiagnosticResult("SORA004", DiagnosticSeverity.Info)
            .WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage($"Model '{model}' is deprecated: {Note}.");
}
