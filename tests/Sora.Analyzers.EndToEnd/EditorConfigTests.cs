using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>An .editorconfig next to the code: standard severities and the sora_analyzers.* options reach the analyzers.</summary>
public sealed class EditorConfigTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    [Fact]
    public Task EditorConfig_severity_error_fails_the_build_and_the_rule_table_option_applies() => TimedAsync(async () =>
    {
        var files = new Dictionary<string, string>(ConsumerSources.Baseline)
        {
            [".editorconfig"] = """
                [*.cs]
                dotnet_diagnostic.SORA001.severity = error
                sora_analyzers.rule_table = openai

                """,
        };
        Consumer consumer = Package.CreateConsumer("editorconfig", files);

        CommandResult build = Show(await consumer.BuildAsync());

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error SORA001:", build.Output, StringComparison.Ordinal);
        Assert.Equal(
            Expected.Sorted(
            [
                Expected.FoxSeconds("error"),
                // The openai table: every model renders 4, 8 or 12 seconds, so this request, valid by default, is now an error too.
                Expected.Diagnostic("SORA001", "error", "Program.cs", ConsumerSources.Program, "model: \"sora-2-pro\", seconds: ", "15",
                    "Model 'sora-2-pro' does not support seconds '15'. Supported values are: '4', '8', and '12'."),
                Expected.HarbourModel(),
                Expected.CitySize("'720x1280' and '1280x720'"),
                Expected.TeamModel(),

                // OpenAI removed every model of the table: each request that names one is SORA007 too (sora2 and sora-3 name none).
                Expected.Diagnostic("SORA007", "warning", "Program.cs", ConsumerSources.Program, "snow\", model: ", "\"sora-2\"", Expected.Removed("sora-2", "2026-09-24")),
                Expected.Diagnostic("SORA007", "warning", "Program.cs", ConsumerSources.Program, "night\", model: ", "\"sora-2\"", Expected.Removed("sora-2", "2026-09-24")),
                Expected.Diagnostic("SORA007", "warning", "Program.cs", ConsumerSources.Program, "dawn\", model: ", "\"sora-2-pro\"", Expected.Removed("sora-2-pro", "2026-09-24")),
            ]),
            Expected.Sorted(BuildDiagnostic.ParseSora(build.Output)));
    });
}
