using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Policy;

/// <summary>
/// docs/design.md, "Precision": a method's own defaults that alone make a request the API rejects are reported once, at
/// the default, and fixed there; a default wrong only with what a call passes is reported at that call.
/// </summary>
[Trait("Rule", "SORA001")]
public class ParameterDefaultsTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task AWrappersRejectedDefaultIsReportedOnceAtTheDefault()
        => Verify.AnalyzerAsync(Usings + """
            class Clips(HttpClient http)
            {
                public Task Sora(string prompt, string seconds = {|SORA001:"10"|})
                    => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds });

                async Task Run()
                {
                    await Sora("a fox");
                    await Sora("a cat");
                    await Sora("a dog", "12");
                    await Sora("a bird", {|SORA001:"9"|});
                }
            }
            """);

    [Fact]
    public Task ADefaultWrongOnlyWithTheCallersModelIsReportedAtTheCall()
        => Verify.AnalyzerAsync(Usings + """
            class Studio
            {
                public Task CreateVideoAsync(string prompt, string model = "sora-2", string seconds = "8") => Task.CompletedTask;

                async Task Run()
                {
                    await CreateVideoAsync("a fox");
                    await {|SORA001:CreateVideoAsync|}("a fox", "sora-2-pro");
                }
            }
            """);

    [Fact]
    public Task TheFixChangesTheDefault()
        => Verify.FixAsync(Usings + """
            class Clips(HttpClient http)
            {
                public Task Sora(string prompt, string seconds = {|SORA001:"10"|})
                    => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds });

                Task Run() => Sora("a fox");
            }
            """,
            Usings + """
            class Clips(HttpClient http)
            {
                public Task Sora(string prompt, string seconds = "8")
                    => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds });

                Task Run() => Sora("a fox");
            }
            """,
            Sora.Analyzers.CodeFixes.Fixes.FixKeys.UseNearestSeconds);
}
