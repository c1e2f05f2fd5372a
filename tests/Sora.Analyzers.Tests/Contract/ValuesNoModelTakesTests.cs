using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// A Sora request whose model is not a constant: a seconds or size no model of the table accepts is still wrong
/// (SORA001/SORA003 with the union of the table's values); values some model takes are silent.
/// </summary>
[Trait("Rule", "SORA001")]
[Trait("Rule", "SORA003")]
public class ValuesNoModelTakesTests
{
    [Fact]
    public Task AValueNoModelTakesIsReportedWithTheUnion()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt = "a fox", seconds = {|#0:"7"|}, size = {|#1:"1920x1080"|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt = "a fox", seconds = "10", size = "1792x1024" });
                }
            }
            """,
            Verify.Choosing("apiyi"),
            Verify.Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("No video model supports seconds '7'. Supported values are: '4', '8', '12', '10', '15', and '25'."),
            Verify.Diagnostic("SORA003").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("No video model supports size '1920x1080'. Supported values are: '1280x720', '720x1280', '1792x1024', and '1024x1792'."));

    [Fact]
    public Task WithoutEvidenceARuntimeModelStaysSilent()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    var body = new { model = configuredModel, prompt = "a fox", seconds = "7", size = "1920x1080" };
                    await http.PostAsJsonAsync("v1/generate", body);
                }
            }
            """);

    [Fact]
    public Task TheFixUsesTheNearestValueAnyModelTakes()
        => Verify.FixAsync(ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http, string configuredModel) => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, seconds = {|SORA001:"7"|} });
            }
            """,
            ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http, string configuredModel) => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, seconds = "8" });
            }
            """,
            Sora.Analyzers.CodeFixes.Fixes.FixKeys.UseNearestSeconds,
            editorConfig: Verify.Choosing("apiyi"));
}
