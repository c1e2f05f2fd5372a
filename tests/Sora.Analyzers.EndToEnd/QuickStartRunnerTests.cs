using QuickStart.Runner;

namespace Sora.Analyzers.EndToEnd;

/// <summary>
/// How the README's first command (samples/QuickStart.Runner) shows the sample's build: each SORA warning once, short.
/// .ci/run runs the command itself on the real sample; these tests pin the reading of the log.
/// </summary>
public sealed class QuickStartRunnerTests
{
    private static readonly string Sample = Path.Combine(Path.GetTempPath(), "repo", "samples", "QuickStart");

    private static string InSample(string file) => Path.Combine(Sample, file);

    [Fact]
    public void Each_warning_printed_twice_by_MSBuild_is_shown_once_relative_to_the_sample_without_link_or_project()
    {
        string project = InSample("QuickStart.csproj");
        string[] log =
        [
            "  Determining projects to restore...",
            $"{InSample("Program.cs")}(7,89): warning SORA001: Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'. (https://github.com/sora-analyzers/Sora.Analyzers/blob/main/docs/rules/SORA001.md) [{project}]",
            $"{InSample(Path.Combine("Official", "OpenAIVideos.cs"))}(14,88): warning SORA005: The API takes 'seconds' as a string: send '8', not the number 8. [{project}]",
            $"{InSample("Program.cs")}(6,1): warning CS8321: The local function 'Unused' is declared but never used [{project}]",
            "Build succeeded.",
            $"{InSample("Program.cs")}(7,89): warning SORA001: Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'. (https://github.com/sora-analyzers/Sora.Analyzers/blob/main/docs/rules/SORA001.md) [{project}]",
            $"{InSample(Path.Combine("Official", "OpenAIVideos.cs"))}(14,88): warning SORA005: The API takes 'seconds' as a string: send '8', not the number 8. [{project}]",
        ];

        IReadOnlyList<BuildWarning> warnings = BuildWarning.ParseDistinct(log, Sample);

        Assert.Equal(
            [
                "Program.cs(7,89): SORA001 Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'.",
                "Official/OpenAIVideos.cs(14,88): SORA005 The API takes 'seconds' as a string: send '8', not the number 8.",
            ],
            warnings.Select(warning => warning.ToShortString()));
        Assert.Equal("2 SORA warning(s): SORA001 x1, SORA005 x1", BuildWarning.Summary(warnings));
    }

    [Fact]
    public void A_warning_in_the_rule_file_keeps_its_file_and_position()
    {
        string[] log = [$"{InSample("sora-rules.json")}(4,18): warning SORA900: The rule file 'sora-rules.json' is invalid: 'seconds' must list at least one duration (line 4, column 18). [{InSample("QuickStart.csproj")}]"];

        BuildWarning warning = Assert.Single(BuildWarning.ParseDistinct(log, Sample));

        Assert.Equal(("sora-rules.json", 4, 18, "SORA900"), (warning.File, warning.Line, warning.Column, warning.Id));
    }

    [Fact]
    public void Local_versions_are_pre_releases_of_the_base_version_that_sort_in_time()
    {
        var first = new DateTimeOffset(2026, 12, 8, 4, 15, 0, TimeSpan.Zero);

        string earlier = LocalVersion.Create("0.1.0", first);
        string later = LocalVersion.Create("0.1.0", first.AddSeconds(1));

        Assert.Equal("0.1.0-local.20261208041500", earlier);
        Assert.True(string.CompareOrdinal(earlier, later) < 0, $"{earlier} should sort before {later}.");
    }
}
