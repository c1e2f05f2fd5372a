using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>`dotnet format analyzers` applies the package's code fixes from the command line.</summary>
public sealed class DotNetFormatTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    [Fact]
    public Task Format_rewrites_each_value_to_its_first_fix_and_the_next_build_is_clean() => TimedAsync(async () =>
    {
        Consumer consumer = Package.CreateConsumer("format", new Dictionary<string, string>
        {
            ["Program.cs"] = ConsumerSources.Program,
            ["VideoStudio.cs"] = ConsumerSources.VideoStudio,
        });

        CommandResult format = Show(await consumer.FormatAnalyzersAsync("--diagnostics", "SORA001", "SORA002", "SORA003", "--severity", "warn"));

        Assert.True(format.ExitCode == 0, "dotnet format analyzers succeeds.");
        Assert.Equal(ConsumerSources.ProgramFixed, consumer.Read("Program.cs"));
        Assert.Equal(ConsumerSources.VideoStudio, consumer.Read("VideoStudio.cs"));

        CommandResult build = Show(await consumer.BuildAsync());

        Assert.True(build.ExitCode == 0, "The fixed code compiles.");
        Assert.Empty(BuildDiagnostic.ParseSora(build.Output));
    });
}
