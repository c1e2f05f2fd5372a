using System.Diagnostics;
using System.Text.Json.Nodes;
using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// csharp-ls as the repository pins it (.config/dotnet-tools.json), restored with <c>dotnet tool restore</c> and run
/// over stdio the way an editor runs a language server. It is started as the leader of a process group of its own
/// (it starts MSBuild build hosts), and that whole group is ended on dispose.
/// </summary>
public sealed class CSharpLanguageServer : IAsyncDisposable
{
    public const string ToolName = "csharp-ls";

    private const string ManifestPath = ".config/dotnet-tools.json";
    private const int StandardErrorLinesKept = 200;

    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);
    private static readonly object RestoreLock = new();
    private static Task<CommandResult>? s_restore;

    private readonly Process _process;
    private readonly int? _group;
    private readonly Queue<string> _standardError = new();

    private CSharpLanguageServer(Process process, int? group)
    {
        _process = process;
        _group = group;
        _process.ErrorDataReceived += (_, e) => KeepStandardError(e.Data);
        _process.BeginErrorReadLine();
    }

    /// <summary>What the server writes to its standard output: the LSP messages.</summary>
    public Stream FromServer => _process.StandardOutput.BaseStream;

    /// <summary>The server's standard input.</summary>
    public Stream ToServer => _process.StandardInput.BaseStream;

    public int ProcessId => _process.Id;

    /// <summary>
    /// The <c>csharp</c> settings section that makes csharp-ls run the projects' analyzers (it runs only the compiler
    /// otherwise): <c>{ "analyzersEnabled": true }</c>. It is the answer to the server's <c>workspace/configuration</c>
    /// item <c>{ "section": "csharp" }</c> as it is, unwrapped; in <c>workspace/didChangeConfiguration</c> it goes under
    /// <c>settings.csharp</c>. docs/install.md shows it for each editor.
    /// </summary>
    public static JsonObject AnalyzersEnabled() => new() { ["analyzersEnabled"] = true };

    /// <summary>The version the repository's tool manifest pins.</summary>
    public static string PinnedVersion(string repositoryRoot)
    {
        string manifest = Path.Combine(repositoryRoot, ManifestPath);
        Assert.True(File.Exists(manifest), $"{ManifestPath} is missing: it pins the {ToolName} version the LSP tests run.");
        string? version = (string?)JsonNode.Parse(File.ReadAllText(manifest))?["tools"]?[ToolName]?["version"];
        Assert.False(string.IsNullOrEmpty(version), $"{ManifestPath} does not pin {ToolName}.");
        return version!;
    }

    /// <summary>
    /// Restores the repository's tools once per run (.ci/run restores them before the tests, so this is quick there);
    /// fails the test, with dotnet's own words, when <c>dotnet tool restore</c> cannot bring the pinned csharp-ls.
    /// </summary>
    public static async Task RestoreAsync(string repositoryRoot)
    {
        Task<CommandResult> restore;
        lock (RestoreLock)
        {
            restore = s_restore ??= DotNetCli.RunAsync(repositoryRoot, new Dictionary<string, string>(), RestoreTimeout, "tool", "restore");
        }

        CommandResult result = await restore;
        Assert.True(
            result.ExitCode == 0,
            $"`dotnet tool restore` could not restore {ToolName} {PinnedVersion(repositoryRoot)} ({ManifestPath}), so no LSP test can run. "
            + $"Run `dotnet tool restore` at the repository root and check the NuGet source serves the tool.\n{result}");
    }

    /// <summary>Starts <c>dotnet tool run csharp-ls</c> from the repository root (where the manifest is); the workspace it loads is what the editor's initialize names.</summary>
    public static async Task<CSharpLanguageServer> StartAsync(string repositoryRoot)
    {
        await RestoreAsync(repositoryRoot);

        // No NUGET_PACKAGES of the consumers: the tool itself comes from the repository's usual packages folder.
        ProcessStartInfo startInfo = DotNetCli.StartInfo(repositoryRoot, new Dictionary<string, string>(), ["tool", "run", ToolName, "--loglevel", "info"]);
        if (ProcessGroup.SetSidPath is string setsid)
        {
            startInfo.ArgumentList.Insert(0, startInfo.FileName);
            startInfo.FileName = setsid;
        }

        Process process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {ToolName}.");

        // setsid(1) started from a process that is not a group leader makes no fork: the server's pid is its group's id.
        return new CSharpLanguageServer(process, ProcessGroup.SetSidPath != null ? process.Id : null);
    }

    /// <summary>The last lines the server wrote to its standard error (its log), for failure messages.</summary>
    public string StandardErrorTail()
    {
        lock (_standardError)
        {
            return string.Join("\n", _standardError);
        }
    }

    /// <summary>Gives the server a moment to exit by itself (after the LSP exit notification), then ends its whole process group and checks that nothing of it is left.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(ExitTimeout);
        }
        catch (TimeoutException)
        {
            // Ended below.
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited already.
        }

        try
        {
            if (_group is int group)
            {
                await ProcessGroup.KillAndWaitAsync(group, ExitTimeout);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void KeepStandardError(string? line)
    {
        if (line == null)
        {
            return;
        }

        lock (_standardError)
        {
            _standardError.Enqueue(line);
            if (_standardError.Count > StandardErrorLinesKept)
            {
                _standardError.Dequeue();
            }
        }
    }
}
