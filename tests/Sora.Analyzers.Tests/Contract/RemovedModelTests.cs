using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// SORA007: a Sora request for a model the table says was removed — written, a parameter default, or the table's default
/// when the request names none; with a model that is not a constant, only when every model of the table was removed.
/// Its fix switches to the table's replacement.
/// </summary>
[Trait("Rule", "SORA007")]
public class RemovedModelTests
{
    private const string OpenAI = "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n";

    private const string Successor = """
        {
          "extends": "apiyi",
          "models": [
            { "name": "sora-3", "seconds": [5, 10, 20], "sizes": ["1920x1080", "1080x1920"] },
            { "name": "sora-2", "aliases": ["sora-2-2025-10-06"], "removed": "2026-11-30", "replacement": "sora-3" }
          ]
        }
        """;

    [Fact]
    public Task EveryRequestOfTheOpenAITableIsListed()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = {|#0:"sora-2-pro"|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("v1/videos", {|#1:new|} { prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("v1/videos", new { model = {|#2:configuredModel|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsync("v1/videos", new StringContent("{|#3:{|}\"prompt\":\"a fox\",\"seconds\":\"4\"}"));
                    VideoClient.{|#4:CreateVideo|}("a fox", seconds: "8");
                }
            }
            """ + VideoApi.Declarations,
            OpenAI + "sora_analyzers.video_methods = CreateVideo\n",
            Verify.Diagnostic("SORA007").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Model 'sora-2-pro' was removed on 2026-09-24: the API rejects every request for it."),
            Verify.Diagnostic("SORA007").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-09-24"),
            Verify.Diagnostic("SORA007").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Every video model of rule table 'openai' was removed (the last on 2026-09-24): the API rejects every request."),
            Verify.Diagnostic("SORA007").WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-09-24"),
            Verify.Diagnostic("SORA007").WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-09-24"));

    [Fact]
    public Task ARuntimeModelIsListedOnlyWhenEveryModelWasRemoved()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http, string configuredModel)
                    => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt = "a fox", seconds = "10" });
            }
            """,
            editorConfig: null,
            Successor);

    [Fact]
    public Task TheRelayTableRemovesNothingAndOtherModelsAreSilent()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = "8" });
                }
            }
            """);

    [Fact]
    public Task TheFixSwitchesToTheReplacementOrAddsIt()
        => Verify.FixAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2-2025-10-06"|}, prompt = "a fox", seconds = "10" });
                    await http.PostAsJsonAsync("v1/videos", {|SORA007:new|} { prompt = "a fox", seconds = "10" });
                }
            }
            """,
            ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-3", prompt = "a fox", seconds = "10" });
                    await http.PostAsJsonAsync("v1/videos", new { prompt = "a fox", seconds = "10", model = "sora-3" });
                }
            }
            """,
            FixKeys.PortToReplacement,
            ruleFile: Successor);

    [Fact]
    public async Task WithoutAReplacementThereIsNoFix()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(
            "class App\n{\n    object Body() => new { model = \"sora-2\", seconds = \"8\" };\n}\n",
            "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n"));

        Assert.Equal("SORA007", offer.DiagnosticId);
        Assert.Empty(offer.Titles);
    }

    [Fact]
    public Task AModelLeftToAParameterDefaultIsReportedOnTheCall()
        => Verify.AnalyzerAsync("""
            class Studio
            {
                public void SubmitVideo(string prompt, string model = "sora-2", string seconds = "8") { }
            }

            class App
            {
                void Run(Studio studio)
                {
                    studio.{|#0:SubmitVideo|}("a fox");
                    studio.SubmitVideo("a fox", {|#1:"sora-2-pro"|});
                }
            }
            """,
            Verify.ListingTestClients + "sora_analyzers.rule_table = openai\n",
            Verify.Diagnostic("SORA007").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-09-24"),
            Verify.Diagnostic("SORA007").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2-pro", "2026-09-24"));
}
