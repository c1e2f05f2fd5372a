using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Xunit.Sdk;

namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>All end-to-end tests share one packed package (and run one after the other: they share two CPU cores with the build).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Sora.Analyzers package";
}

/// <summary>
/// Once per test run: packs src/Sora.Analyzers.Package with a version no earlier run used (0.1.0-e2e.&lt;time&gt;.&lt;pid&gt;) into a
/// temporary feed, and makes consumer projects that install it into a temporary packages folder, so neither a cached
/// older package nor your own NuGet cache is ever involved. Set SORA_E2E_KEEP=1 to keep the temporary folder.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public const string PackageId = "Sora.Analyzers";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

    private readonly IMessageSink _messages;
    private readonly Stopwatch _total = new();
    private readonly List<string> _timings = new();
    private readonly Dictionary<string, string> _environment;
    private readonly object _baselineLock = new();
    private Task<BaselineBuild>? _baseline;

    public PackageFixture(IMessageSink messages)
    {
        _messages = messages;
        RepositoryRoot = FindRepositoryRoot();
        WorkRoot = Path.Combine(Path.GetTempPath(), "sora-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        PackagesDirectory = Path.Combine(WorkRoot, "packages");
        Version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-e2e.{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.{Environment.ProcessId}");
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder of this run: the feed, the packages folder, the consumers.</summary>
    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    public string Version { get; }

    public string PackagePath => Path.Combine(FeedDirectory, $"{PackageId}.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        _total.Start();
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        // Consumers live under WorkRoot: stop MSBuild, NuGet and .editorconfig from looking further up (into /tmp).
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(WorkRoot, ".editorconfig"), "root = true\n");

        // The product itself builds with the repository's settings (its nuget.config, your packages folder), as `dotnet pack` does for a developer.
        CommandResult pack = await DotNetCli.RunAsync(
            RepositoryRoot,
            new Dictionary<string, string>(),
            PackTimeout,
            "pack", Path.Combine(RepositoryRoot, "src", "Sora.Analyzers.Package", "Sora.Analyzers.Package.csproj"),
            "-c", "Release", "-o", FeedDirectory, $"-p:PackageVersion={Version}", "-nodeReuse:false", "-tl:off", "-v:m");
        Record($"pack {PackageId} {Version}", pack.Duration);
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"Packing failed; no end-to-end test can run.\n{pack}");
        }
    }

    public Task DisposeAsync()
    {
        _total.Stop();
        Record("end-to-end total (pack and every test)", _total.Elapsed);
        Log("durations:\n  " + string.Join("\n  ", _timings));
        if (Environment.GetEnvironmentVariable("SORA_E2E_KEEP") != "1")
        {
            try
            {
                Directory.Delete(WorkRoot, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the folder is in the temp folder anyway.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A new consumer project in a folder of its own under <see cref="WorkRoot"/>: a net10.0 console app with
    /// <c>&lt;PackageReference Include="Sora.Analyzers" Version="…" PrivateAssets="all" /&gt;</c>, as docs/install.md
    /// says, and <paramref name="files"/> (relative path → text). <paramref name="projectItems"/> is inserted in the project.
    /// </summary>
    public Consumer CreateConsumer(string name, IReadOnlyDictionary<string, string> files, string projectItems = "")
    {
        string directory = Path.Combine(WorkRoot, name);
        if (Directory.Exists(directory))
        {
            throw new InvalidOperationException($"Consumer '{name}' exists already: each test makes its own.");
        }

        var consumer = new Consumer(directory, _environment);
        consumer.Write(Consumer.ProjectFileName, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{PackagesDirectory}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageId}" Version="{Version}" PrivateAssets="all" />
              </ItemGroup>
            {projectItems}
            </Project>

            """);
        consumer.Write("nuget.config", NuGetConfig());
        foreach (KeyValuePair<string, string> file in files)
        {
            consumer.Write(file.Key, file.Value);
        }

        return consumer;
    }

    /// <summary>
    /// The consumer of <see cref="ConsumerSources.Baseline"/> built once with a SARIF log, shared by the tests that only
    /// read what that build reported (the console output and the log).
    /// </summary>
    public Task<BaselineBuild> BaselineAsync()
    {
        lock (_baselineLock)
        {
            return _baseline ??= BuildBaselineAsync();
        }
    }

    private async Task<BaselineBuild> BuildBaselineAsync()
    {
        Consumer consumer = CreateConsumer("baseline", ConsumerSources.Baseline);
        string sarif = consumer.PathOf("build.sarif");
        CommandResult build = await consumer.BuildAsync($"-p:ErrorLog={sarif}%2Cversion=2.1");
        Record("baseline consumer: restore + build --no-incremental with ErrorLog", build.Duration);
        return new BaselineBuild(consumer, build, sarif);
    }

    /// <summary>Notes a duration for the summary printed at the end of the run, and prints it now.</summary>
    public void Record(string what, TimeSpan duration)
    {
        string line = $"{duration.TotalSeconds,6:F1} s  {what}";
        lock (_timings)
        {
            _timings.Add(line);
        }

        Log(line);
    }

    private void Log(string message) => _messages.OnMessage(new DiagnosticMessage("[Sora.Analyzers.EndToEnd] " + message));

    /// <summary>The test feed first, then the sources of the repository's nuget.config; Sora.Analyzers only ever comes from the test feed.</summary>
    private string NuGetConfig()
    {
        XDocument repositoryConfig = XDocument.Load(Path.Combine(RepositoryRoot, "nuget.config"));
        List<XElement> sources = repositoryConfig.Root!.Element("packageSources")!.Elements("add").ToList();
        var config = new XDocument(
            new XElement("configuration",
                new XElement("config", new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", PackagesDirectory))),
                new XElement("packageSources",
                    new XElement("clear"),
                    new XElement("add", new XAttribute("key", "sora-e2e"), new XAttribute("value", FeedDirectory)),
                    sources.Select(source => new XElement(source))),
                new XElement("packageSourceMapping",
                    new XElement("packageSource", new XAttribute("key", "sora-e2e"), new XElement("package", new XAttribute("pattern", PackageId))),
                    sources.Select(source => new XElement("packageSource", new XAttribute("key", (string)source.Attribute("key")!), new XElement("package", new XAttribute("pattern", "*")))))));
        return config.ToString() + "\n";
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sora.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Sora.Analyzers.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The shared baseline build: its consumer, its console output, its SARIF log.</summary>
public sealed record BaselineBuild(Consumer Consumer, CommandResult Build, string SarifPath);
