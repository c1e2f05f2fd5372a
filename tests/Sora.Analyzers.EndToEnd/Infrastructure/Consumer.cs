namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>
/// A project that installs Sora.Analyzers from the test feed, in a folder of its own: Consumer.csproj, the
/// nuget.config of the test feed, and the files a test gives it. Every dotnet command runs in that folder.
/// </summary>
public sealed class Consumer
{
    public const string ProjectFileName = "Consumer.csproj";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan FormatTimeout = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyDictionary<string, string> _environment;

    internal Consumer(string directory, IReadOnlyDictionary<string, string> environment)
    {
        Directory = directory;
        _environment = environment;
    }

    public string Directory { get; }

    public string ProjectPath => Path.Combine(Directory, ProjectFileName);

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public void Write(string relativePath, string text)
    {
        string path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary><c>dotnet restore</c>: what a language server needs before it can load the project (it does not restore).</summary>
    public Task<CommandResult> RestoreAsync()
        => RunAsync(BuildTimeout, ["restore", ProjectFileName, "-nodeReuse:false", "-tl:off", "-v:m"]);

    /// <summary><c>dotnet build --no-incremental</c>, so every diagnostic is reported again, with console output that lists each once.</summary>
    public Task<CommandResult> BuildAsync(params string[] arguments)
        => RunAsync(BuildTimeout, ["build", ProjectFileName, "--no-incremental", "-nodeReuse:false", "-tl:off", "-v:m", "-clp:NoSummary", .. arguments]);

    /// <summary><c>dotnet format analyzers</c> on the project: applies the first code fix of each listed diagnostic.</summary>
    public Task<CommandResult> FormatAnalyzersAsync(params string[] arguments)
        => RunAsync(FormatTimeout, ["format", "analyzers", ProjectFileName, .. arguments]);

    /// <summary>The AdditionalFiles items MSBuild evaluates for the project (after restore, so the package's props and targets count).</summary>
    public async Task<IReadOnlyList<string>> EvaluateAdditionalFilesAsync()
    {
        CommandResult result = await RunAsync(BuildTimeout, ["msbuild", ProjectFileName, "-getItem:AdditionalFiles", "-nodeReuse:false"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .ToList();
    }

    public Task<CommandResult> RunAsync(TimeSpan timeout, string[] arguments)
        => DotNetCli.RunAsync(Directory, _environment, timeout, arguments);
}
