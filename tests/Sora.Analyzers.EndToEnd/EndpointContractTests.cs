using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>
/// Code written for OpenAI's contract of POST /v1/videos (seconds as a string, five body fields) and its lifecycle (removed
/// models): what `dotnet build` reports, and what `dotnet format analyzers` fixes, under the openai table and under a
/// team's table that names a replacement.
/// </summary>
public sealed class EndpointContractTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    private const string Text = ConsumerSources.OpenAIVideos;

    /// <summary>SORA005 and SORA006 of <see cref="ConsumerSources.OpenAIVideos"/>: the same under every table with OpenAI's contract.</summary>
    private static readonly IReadOnlyList<string> Contract =
    [
        Expected.InOpenAIVideos("SORA005", Text, "prompt, seconds = ", "8", Expected.SecondsAsNumber("8")),
        Expected.InOpenAIVideos("SORA006", Text, "seconds = 8, ", "n_variants", Expected.UnknownParameter("n_variants")),
        Expected.InOpenAIVideos("SORA005", Text, "seconds = ", "(int)length.TotalSeconds", Expected.SecondsAsNumber("(int)length.TotalSeconds", computed: true)),
        Expected.InOpenAIVideos("SORA006", Text, "[", "\"duration\"", Expected.UnknownParameter("duration")),
        Expected.InOpenAIVideos("SORA005", Text, "seconds\\\":", "4", Expected.SecondsAsNumber("4")),
    ];

    [Fact]
    public Task OpenAI_table_reports_the_contract_and_the_removed_models_and_format_fixes_the_bodies() => TimedAsync(async () =>
    {
        Consumer consumer = Package.CreateConsumer("openai-contract", new Dictionary<string, string>
        {
            ["Program.cs"] = ConsumerSources.QuietProgram,
            ["OpenAIVideos.cs"] = Text,
            [".editorconfig"] = ConsumerSources.OpenAIEditorConfig,
        });

        CommandResult build = Show(await consumer.BuildAsync());

        Assert.True(build.ExitCode == 0, "A build with warnings succeeds.");
        Assert.Equal(Expected.Sorted([.. Contract, .. OpenAILifecycle(Text)]), Expected.Sorted(BuildDiagnostic.ParseSora(build.Output)));

        CommandResult format = Show(await consumer.FormatAnalyzersAsync("--diagnostics", "SORA005", "SORA006", "--severity", "warn"));

        Assert.True(format.ExitCode == 0, "dotnet format analyzers succeeds.");
        Assert.Equal(ConsumerSources.OpenAIVideosFixed, consumer.Read("OpenAIVideos.cs"));
        Assert.Equal(ConsumerSources.QuietProgram, consumer.Read("Program.cs"));

        CommandResult rebuild = Show(await consumer.BuildAsync());

        // The bodies follow the contract now; OpenAI names no replacement, so every request is still SORA007.
        Assert.True(rebuild.ExitCode == 0, "The fixed code compiles.");
        Assert.Equal(Expected.Sorted(OpenAILifecycle(ConsumerSources.OpenAIVideosFixed)), Expected.Sorted(BuildDiagnostic.ParseSora(rebuild.Output)));
    });

    [Fact]
    public Task Rule_file_naming_a_replacement_lets_format_switch_the_removed_model() => TimedAsync(async () =>
    {
        Consumer consumer = Package.CreateConsumer("gateway-replacement", new Dictionary<string, string>
        {
            ["Program.cs"] = ConsumerSources.QuietProgram,
            ["OpenAIVideos.cs"] = Text,
            ["sora-rules.json"] = ConsumerSources.GatewayRules,
        });

        CommandResult build = Show(await consumer.BuildAsync());

        // The gateway's table: sora-2 removed later, with a replacement, and sora-3 served, so the configured model may be valid.
        Assert.True(build.ExitCode == 0, "A build with warnings succeeds.");
        Assert.Equal(
            Expected.Sorted(
            [
                .. Contract,
                Expected.InOpenAIVideos("SORA007", Text, "new { model = ", "\"sora-2\"", Expected.Removed("sora-2", "2026-11-30")),
                Expected.InOpenAIVideos("SORA007", Text, "[\"model\"] = ", "\"sora-2\"", Expected.Removed("sora-2", "2026-11-30")),
                Expected.InOpenAIVideos("SORA007", Text, "model\\\":\\\"", "sora-2", Expected.Removed("sora-2", "2026-11-30")),
                .. Unfixed(Text, "'4', '8', '12', and '20'"),
            ]),
            Expected.Sorted(BuildDiagnostic.ParseSora(build.Output)));

        CommandResult format = Show(await consumer.FormatAnalyzersAsync("--diagnostics", "SORA005", "SORA006", "SORA007", "--severity", "warn"));

        Assert.True(format.ExitCode == 0, "dotnet format analyzers succeeds.");
        Assert.Equal(ConsumerSources.OpenAIVideosSwitched, consumer.Read("OpenAIVideos.cs"));

        CommandResult rebuild = Show(await consumer.BuildAsync());

        Assert.True(rebuild.ExitCode == 0, "The fixed code compiles.");
        Assert.Equal(
            Expected.Sorted(Unfixed(ConsumerSources.OpenAIVideosSwitched, "'4', '8', '12', and '20'")),
            Expected.Sorted(BuildDiagnostic.ParseSora(rebuild.Output)));
    });

    /// <summary>
    /// What the openai table says of <paramref name="text"/> beyond the body's contract: every model was removed, a model
    /// chosen at run time included, and no fix applies (<see cref="Unfixed"/>).
    /// </summary>
    private static IReadOnlyList<string> OpenAILifecycle(string text) =>
    [
        Expected.InOpenAIVideos("SORA007", text, "new { model = ", "\"sora-2\"", Expected.Removed("sora-2", "2026-09-24")),
        Expected.InOpenAIVideos("SORA007", text, "[\"model\"] = ", "\"sora-2\"", Expected.Removed("sora-2", "2026-09-24")),
        Expected.InOpenAIVideos("SORA007", text, "model\\\":\\\"", "sora-2", Expected.Removed("sora-2", "2026-09-24")),
        Expected.InOpenAIVideos("SORA007", text, "model = ", "configuredModel",
            "Every video model of rule table 'openai' was removed (the last on 2026-09-24): the API rejects every request."),
        .. Unfixed(text, "'4', '8', and '12'"),
    ];

    /// <summary>
    /// What the fixes of these tests leave: sora-2-pro, which openai removed without a replacement, and the configured
    /// model's duration, which no model of the table takes (<paramref name="allSeconds"/>; SORA001 is not formatted here).
    /// </summary>
    private static IReadOnlyList<string> Unfixed(string text, string allSeconds) =>
    [
        Expected.InOpenAIVideos("SORA007", text, "model = ", "\"sora-2-pro\"", Expected.Removed("sora-2-pro", "2026-09-24")),
        Expected.InOpenAIVideos("SORA001", text, "configuredModel, prompt, seconds = ", "\"10\"",
            $"No video model supports seconds '10'. Supported values are: {allSeconds}."),
    ];
}
