using System.Diagnostics;
using QuickStart.Runner;

// The steps of the README's first command; each prints what it does and how long it took.
RepositoryLayout layout = RepositoryLayout.Find(Directory.GetCurrentDirectory());
string version = LocalVersion.Create(layout.BaseVersion, DateTimeOffset.UtcNow);
var dotnet = new DotNet(layout.Root);
var total = Stopwatch.StartNew();

Step.Print($"pack Sora.Analyzers {version} into {layout.Relative(layout.Feed)}");
LocalFeed feed = LocalFeed.Prepare(layout);
CommandResult pack = dotnet.Run(
    DotNet.RepositoryEnvironment,
    "pack", layout.PackageProject, "-c", "Release", "-o", layout.Feed, $"-p:PackageVersion={version}", "-nologo", "-v:q", "-tl:off", "-nodeReuse:false");
if (!pack.Succeeded)
{
    return Step.Fail("packing failed", pack);
}

feed.SelectVersion(version);
Step.Done(pack.Duration);

Step.Print($"build {layout.Relative(layout.Sample)} with the package (restore from the local feed into {layout.Relative(layout.SamplePackages)})");
CommandResult build = dotnet.Run(
    layout.SampleEnvironment,
    ["build", layout.SampleProject, "--no-incremental", "-nologo", "-tl:off", "-nodeReuse:false", .. args]);
IReadOnlyList<BuildWarning> warnings = BuildWarning.ParseDistinct(build.Output, layout.Sample);
foreach (BuildWarning warning in warnings)
{
    Console.WriteLine(warning.ToShortString());
}

if (!build.Succeeded)
{
    return Step.Fail("the sample did not build", build);
}

if (warnings.Count == 0)
{
    return Step.Fail("the sample built without any SORA warning: the analyzers did not run", build);
}

Console.WriteLine(BuildWarning.Summary(warnings));
Step.Done(build.Duration);

const string FixedRule = "SORA001";
Step.Print($"one fix: dotnet format analyzers --diagnostics {FixedRule}, on a temporary copy of the sample");
using (SampleCopy copy = SampleCopy.Create(layout, version))
{
    CommandResult format = dotnet.Run(
        layout.SampleEnvironment,
        "format", "analyzers", copy.ProjectFile, "--diagnostics", FixedRule, "--severity", "warn", "-v", "q");
    if (!format.Succeeded)
    {
        return Step.Fail("dotnet format failed", format);
    }

    IReadOnlyList<LineChange> changes = LineChange.Compare(layout.Sample, copy.Directory);
    if (changes.Count == 0)
    {
        return Step.Fail($"dotnet format changed nothing for {FixedRule}", format);
    }

    LineChange shown = changes[0];
    Console.WriteLine($"{shown.File}({shown.Line}):");
    Console.WriteLine($"  before: {shown.Before.Trim()}");
    Console.WriteLine($"  after:  {shown.After.Trim()}");
    if (changes.Count > 1)
    {
        Console.WriteLine($"  ({changes.Count - 1} more line(s) fixed the same way; the sample itself is left as it was)");
    }

    Step.Done(format.Duration);
}

Console.WriteLine($"Done in {total.Elapsed.TotalSeconds:F0} s. Next: dotnet test Sora.Analyzers.sln");
return 0;
