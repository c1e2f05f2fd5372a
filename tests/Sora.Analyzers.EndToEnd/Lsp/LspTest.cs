using System.Globalization;
using System.Text.Json.Nodes;
using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// An end-to-end test in an editor: a consumer project installs the packed package, is restored (a language server loads
/// a project as it is; it does not restore), and csharp-ls serves it to <see cref="EditorSession"/>.
/// </summary>
public abstract class LspTest(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    /// <summary>From didOpen: the server loads the project (a design-time build) before it analyzes anything.</summary>
    protected static readonly TimeSpan FirstDiagnosticsDeadline = TimeSpan.FromMinutes(3);

    /// <summary>From didChange, on a server that has the project loaded.</summary>
    protected static readonly TimeSpan EditDeadline = TimeSpan.FromMinutes(1);

    /// <summary>The SORA diagnostics of <see cref="ConsumerSources.Program"/>, as the editor shows them.</summary>
    protected static IReadOnlyList<string> ProgramInEditor =>
    [
        Expected.InEditor(Expected.FoxSeconds(), "10"),
        Expected.InEditor(Expected.HarbourModel(), "\"sora2\""),
        Expected.InEditor(Expected.CitySize(), "\"1792x1024\""),
    ];

    protected async Task<Consumer> CreateRestoredConsumerAsync(string name, IReadOnlyDictionary<string, string> files)
    {
        Consumer consumer = Package.CreateConsumer(name, files);
        CommandResult restore = Show(await consumer.RestoreAsync());
        Assert.True(restore.ExitCode == 0, $"The consumer '{name}' did not restore.");
        return consumer;
    }

    /// <summary>csharp-ls on the consumer's folder, as an editor opened there with these <c>csharp</c> settings (null: none).</summary>
    protected async Task<EditorSession> StartEditorAsync(Consumer consumer, DiagnosticsMode mode, JsonObject? csharpSettings)
    {
        EditorSession editor = await EditorSession.StartAsync(Package.RepositoryRoot, consumer.Directory, mode, csharpSettings, Log);
        Assert.StartsWith(
            $"{CSharpLanguageServer.ToolName} {CSharpLanguageServer.PinnedVersion(Package.RepositoryRoot)}",
            editor.ServerInfo,
            StringComparison.Ordinal);
        return editor;
    }

    /// <summary>The SORA diagnostics among <paramref name="diagnostics"/> are exactly <paramref name="expected"/> (code, position, message, squiggled text, help link).</summary>
    protected static void AssertSora(IEnumerable<string> expected, IEnumerable<LspDiagnostic> diagnostics, string documentText)
        => Assert.Equal(Expected.Sorted(expected), Expected.Sorted(diagnostics.Where(d => d.IsSora).Select(d => d.Describe(documentText))));

    /// <summary>A figure for docs/performance.md: reported, never asserted (the deadlines above are the only time limits).</summary>
    protected void ReportFigure(string what, TimeSpan elapsed)
    {
        string figure = string.Create(CultureInfo.InvariantCulture, $"LSP figure: {what}: {elapsed.TotalMilliseconds:F0} ms");
        Output.WriteLine(figure);
        Package.Record(figure, elapsed);
    }

    /// <summary>The session's log goes to the test's output; a line that comes after the test ended is dropped.</summary>
    private void Log(string line)
    {
        try
        {
            Output.WriteLine("[lsp] " + line);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
