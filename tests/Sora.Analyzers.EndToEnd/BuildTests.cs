using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>One PackageReference, then `dotnet build`: the SORA warnings appear on the offending values.</summary>
public sealed class BuildTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    [Fact]
    public Task Build_reports_each_unsupported_value_as_a_warning_at_its_file_line_and_column() => TimedAsync(async () =>
    {
        BaselineBuild baseline = await Package.BaselineAsync();
        CommandResult build = Show(baseline.Build);

        Assert.True(build.ExitCode == 0, "A build with warnings succeeds.");
        Assert.Equal(Expected.Sorted(Expected.Baseline), Expected.Sorted(BuildDiagnostic.ParseSora(build.Output)));
    });
}
