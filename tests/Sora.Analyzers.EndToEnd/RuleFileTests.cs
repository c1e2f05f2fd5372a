using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>A sora-rules.json next to the project file: the package's build files add it, with no AdditionalFiles item to write.</summary>
public sealed class RuleFileTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    [Fact]
    public Task Rule_file_next_to_the_project_makes_the_team_model_valid() => TimedAsync(async () =>
    {
        var files = new Dictionary<string, string>(ConsumerSources.Baseline) { ["sora-rules.json"] = ConsumerSources.TeamRules };
        Consumer consumer = Package.CreateConsumer("rule-file", files);

        CommandResult build = Show(await consumer.BuildAsync());

        Assert.True(build.ExitCode == 0, "A build with warnings succeeds.");
        // Team.cs is silent now, and the known models include the team's.
        Assert.Equal(
            Expected.Sorted([Expected.FoxSeconds(), Expected.HarbourModel("'sora-2', 'sora-2-pro', and 'sora-3'"), Expected.CitySize()]),
            Expected.Sorted(BuildDiagnostic.ParseSora(build.Output)));

        // The package added the file once; a project that lists it itself still has it once.
        Assert.Equal([consumer.PathOf("sora-rules.json")], await consumer.EvaluateAdditionalFilesAsync());
        consumer.Write(Consumer.ProjectFileName, consumer.Read(Consumer.ProjectFileName)
            .Replace("</Project>", "  <ItemGroup>\n    <AdditionalFiles Include=\"sora-rules.json\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal));
        Assert.Equal([consumer.PathOf("sora-rules.json")], await consumer.EvaluateAdditionalFilesAsync());
    });

    [Fact]
    public Task Malformed_rule_file_is_reported_at_its_line_and_column_and_analysis_goes_on() => TimedAsync(async () =>
    {
        var files = new Dictionary<string, string>(ConsumerSources.Baseline) { ["sora-rules.json"] = ConsumerSources.MalformedTeamRules };
        Consumer consumer = Package.CreateConsumer("malformed-rule-file", files);

        CommandResult build = Show(await consumer.BuildAsync());

        Assert.True(build.ExitCode == 0, "SORA900 is a warning.");
        IReadOnlyList<BuildDiagnostic> diagnostics = BuildDiagnostic.ParseSora(build.Output);
        BuildDiagnostic invalid = Assert.Single(diagnostics, d => d.Id == "SORA900");
        (int line, int column) = ConsumerSources.Find(ConsumerSources.MalformedTeamRules, "\"seconds\": ", "[]");
        Assert.Equal(("warning", "sora-rules.json", line, column), (invalid.Severity, invalid.FileName, invalid.Line, invalid.Column));
        Assert.StartsWith("The rule file 'sora-rules.json' is invalid: ", invalid.Message, StringComparison.Ordinal);

        // The built-in table it extends is used instead: the same warnings as without a rule file.
        Assert.Equal(Expected.Sorted(Expected.Baseline), Expected.Sorted(diagnostics.Where(d => d.Id != "SORA900")));
    });
}
