using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// SORA007 with the <c>azure-openai</c> table: Azure retired each sora-2 version on its own day, with no successor, so every
/// Sora request fails there too, with Azure's dates in the message, and no fix is offered.
/// </summary>
[Trait("Rule", "SORA007")]
public class AzureRetirementTests
{
    private const string Azure = "root = true\n[*.cs]\nsora_analyzers.rule_table = azure-openai\n";

    [Fact]
    public Task EachVersionGivesItsOwnRetirementDate()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    await http.PostAsJsonAsync("openai/v1/videos", new { model = {|#0:"sora-2-2025-10-06"|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("openai/v1/videos", new { model = {|#1:"sora-2-2025-12-08"|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("openai/v1/videos", new { model = {|#2:"sora-2"|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("openai/v1/videos", new { model = {|#3:"sora-2-pro"|}, prompt = "a fox", seconds = "8" });
                    await http.PostAsJsonAsync("openai/v1/videos", new { model = {|#4:configuredModel|}, prompt = "a fox", seconds = "8" });
                }
            }
            """,
            Azure,
            Verify.Diagnostic("SORA007").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Model 'sora-2-2025-10-06' was removed on 2026-07-15: the API rejects every request for it."),
            Verify.Diagnostic("SORA007").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Model 'sora-2-2025-12-08' was removed on 2026-10-15: the API rejects every request for it."),
            Verify.Diagnostic("SORA007").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Model 'sora-2' was removed on 2026-10-15: the API rejects every request for it."),
            Verify.Diagnostic("SORA007").WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Model 'sora-2-pro' was removed on 2026-10-15: the API rejects every request for it."),
            Verify.Diagnostic("SORA007").WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Every video model of rule table 'azure-openai' was removed (the last on 2026-10-15): the API rejects every request."));

    [Fact]
    public Task AzureTakesOpenAIsContract()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http)
                    => http.PostAsJsonAsync("openai/v1/videos", new { model = {|#0:"sora-2"|}, prompt = "a fox", seconds = {|#1:8|}, {|#2:n_variants|} = 2 });
            }
            """,
            Azure,
            Verify.Diagnostic("SORA007").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-10-15"),
            Verify.Diagnostic("SORA005").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("The API takes 'seconds' as a string: send '8', not the number 8."),
            Verify.Diagnostic("SORA006").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("n_variants", "'input_reference', 'model', 'prompt', 'seconds', and 'size'"));

    [Fact]
    public async Task WithoutASuccessorThereIsNoFix()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsJsonAsync(\"openai/v1/videos\", new { model = \"sora-2\", prompt = \"a fox\", seconds = \"8\" });\n}\n",
            Azure));

        Assert.Equal("SORA007", offer.DiagnosticId);
        Assert.Empty(offer.Titles);
    }
}
