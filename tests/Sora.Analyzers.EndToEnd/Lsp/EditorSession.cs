using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>The diagnostics of a document as the editor received them, and how long after the document's last change.</summary>
public sealed record DiagnosticsSeen(IReadOnlyList<LspDiagnostic> Diagnostics, TimeSpan AfterChange)
{
    public IReadOnlyList<LspDiagnostic> Sora => Diagnostics.Where(d => d.IsSora).ToList();
}

/// <summary>
/// What an editor does with csharp-ls: starts it on a workspace folder, initializes it with the editor's capabilities,
/// answers its requests (configuration, registrations, progress), opens and edits documents, and gets their
/// diagnostics by pulling (asking again until they are what the test waits for) or as the server pushes them.
/// Every wait has a deadline; a failure says what was awaited, what came instead, and what the server logged.
/// </summary>
public sealed class EditorSession : IAsyncDisposable
{
    private static readonly TimeSpan InitializeDeadline = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ShutdownDeadline = TimeSpan.FromSeconds(10);

    /// <summary>The pause between two pulls whose answer was not yet the awaited one, as an editor re-pulls after a refresh.</summary>
    private static readonly TimeSpan PullInterval = TimeSpan.FromMilliseconds(200);

    private readonly CSharpLanguageServer _server;
    private readonly DiagnosticsMode _mode;
    private readonly Action<string> _log;
    private readonly List<string> _registrations = new();
    private readonly object _settingsLock = new();
    private LspConnection _connection = null!;
    private JsonObject? _csharpSettings;

    private EditorSession(CSharpLanguageServer server, DiagnosticsMode mode, JsonObject? csharpSettings, Action<string> log)
    {
        _server = server;
        _mode = mode;
        _csharpSettings = csharpSettings;
        _log = log;
    }

    /// <summary>The server's name and version from its initialize result, e.g. <c>csharp-ls 0.28.0 (…)</c>.</summary>
    public string ServerInfo { get; private set; } = "";

    /// <summary>The methods the server registered dynamically (client/registerCapability), in order.</summary>
    public IReadOnlyList<string> Registrations
    {
        get
        {
            lock (_registrations)
            {
                return _registrations.ToList();
            }
        }
    }

    /// <summary>
    /// Starts csharp-ls on <paramref name="workspaceFolder"/> as an editor opened there, and initializes it.
    /// <paramref name="csharpSettings"/> is the editor's <c>csharp</c> settings section (null: the editor has none).
    /// </summary>
    public static async Task<EditorSession> StartAsync(
        string repositoryRoot, string workspaceFolder, DiagnosticsMode mode, JsonObject? csharpSettings, Action<string> log)
    {
        CSharpLanguageServer server = await CSharpLanguageServer.StartAsync(repositoryRoot);
        var session = new EditorSession(server, mode, csharpSettings, log);
        session._connection = new LspConnection(server.FromServer, server.ToServer, session.AnswerServerRequest, log);
        try
        {
            await session.InitializeAsync(workspaceFolder);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or LspErrorException)
        {
            string serverLog = server.StandardErrorTail();
            await session.DisposeAsync();
            throw new InvalidOperationException($"{CSharpLanguageServer.ToolName} did not initialize: {exception.Message}\nserver log (stderr, last lines):\n{serverLog}", exception);
        }

        return session;
    }

    /// <summary>didOpen of a file as it is on disk.</summary>
    public async Task<OpenDocument> OpenAsync(string path)
    {
        var document = new OpenDocument(path, await File.ReadAllTextAsync(path));
        MarkChange(document);
        await _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = document.Uri,
                ["languageId"] = "csharp",
                ["version"] = document.Version,
                ["text"] = document.Text,
            },
        });
        return document;
    }

    /// <summary>didChange that types <paramref name="newValue"/> over <paramref name="oldValue"/> where it follows <paramref name="context"/> (csharp-ls registers incremental sync).</summary>
    public async Task ChangeAsync(OpenDocument document, string context, string oldValue, string newValue)
    {
        JsonObject change = document.Replace(context, oldValue, newValue);
        MarkChange(document);
        await _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = document.Uri, ["version"] = document.Version },
            ["contentChanges"] = new JsonArray(change),
        });
    }

    /// <summary>The user changed the editor's <c>csharp</c> settings: later configuration requests get them, and the server is told.</summary>
    public async Task ChangeCSharpSettingsAsync(JsonObject csharpSettings)
    {
        lock (_settingsLock)
        {
            _csharpSettings = csharpSettings;
        }

        await _connection.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["csharp"] = csharpSettings.DeepClone() },
        });
    }

    /// <summary>
    /// The document's diagnostics once they satisfy <paramref name="until"/>, received after its last change: pulled
    /// (<c>textDocument/diagnostic</c>, again until they do) or pushed (<c>publishDiagnostics</c>), by the session's mode.
    /// </summary>
    public Task<DiagnosticsSeen> WaitForDiagnosticsAsync(
        OpenDocument document, Func<IReadOnlyList<LspDiagnostic>, bool> until, TimeSpan deadline, string awaited)
        => _mode == DiagnosticsMode.Pull
            ? PullUntilAsync(document, until, deadline, awaited)
            : WaitForPushAsync(document, until, deadline, awaited);

    /// <summary>
    /// <c>workspace/diagnostic</c>, asked again until its reports (file name → diagnostics) satisfy <paramref name="until"/>:
    /// how a pull editor gets the diagnostics of files it has not opened, such as sora-rules.json.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>>> PullWorkspaceDiagnosticsAsync(
        Func<IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>>, bool> until, TimeSpan deadline, string awaited)
    {
        DateTime end = DateTime.UtcNow + deadline;
        IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>> last = new Dictionary<string, IReadOnlyList<LspDiagnostic>>();
        while (true)
        {
            JsonNode? report = await PullAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() }, end, awaited, () => Describe(last));
            last = ((report?["items"] as JsonArray) ?? [])
                .Select(item => (FileName: Path.GetFileName(new Uri((string)item!["uri"]!).LocalPath), Items: item["items"]))
                .GroupBy(item => item.FileName)
                .ToDictionary(
                    file => file.Key,
                    file => (IReadOnlyList<LspDiagnostic>)file.SelectMany(item => LspDiagnostic.ListFrom(item.Items, file.Key)).ToList());
            if (until(last))
            {
                return last;
            }

            await PauseBeforeNextPullAsync(end, awaited, () => Describe(last));
        }
    }

    /// <summary>LSP shutdown and exit, then the server's whole process group is ended (and checked to be gone).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.RequestAsync("shutdown", null, ShutdownDeadline);
            await _connection.NotifyAsync("exit", null);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException or IOException or LspErrorException)
        {
            _log($"the server did not shut down cleanly ({exception.Message}); its process group is ended");
        }

        await _connection.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task InitializeAsync(string workspaceFolder)
    {
        string rootUri = new Uri(workspaceFolder).AbsoluteUri;
        JsonNode? result = await _connection.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "Sora.Analyzers.EndToEnd", ["version"] = "1.0" },
            ["locale"] = "en-US",
            ["rootPath"] = workspaceFolder,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = Path.GetFileName(workspaceFolder) }),
            ["capabilities"] = ClientCapabilities.For(_mode),
            ["trace"] = "off",
        }, InitializeDeadline);
        ServerInfo = $"{result?["serverInfo"]?["name"]} {result?["serverInfo"]?["version"]}";
        _log($"initialized {ServerInfo} on {workspaceFolder} ({_mode} diagnostics)");
        await _connection.NotifyAsync("initialized", new JsonObject());
    }

    private JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                // One answer per item, in order: the editor's settings of that section, or null when it has none.
                lock (_settingsLock)
                {
                    _log($"workspace/configuration {parameters?["items"]?.ToJsonString()} -> csharp: {_csharpSettings?.ToJsonString() ?? "null"}");
                    return new JsonArray(((parameters?["items"] as JsonArray) ?? [])
                        .Select(item => (string?)item?["section"] == "csharp" ? _csharpSettings?.DeepClone() : null)
                        .ToArray());
                }

            case "client/registerCapability":
                lock (_registrations)
                {
                    _registrations.AddRange(((parameters?["registrations"] as JsonArray) ?? []).Select(r => (string?)r?["method"] ?? "?"));
                }

                return null;

            case "client/unregisterCapability":
            case "window/workDoneProgress/create":
            case "workspace/diagnostic/refresh":
            case "workspace/semanticTokens/refresh":
            case "workspace/inlayHint/refresh":
            case "workspace/codeLens/refresh":
            case "window/showMessageRequest":
                return null;

            default:
                throw new NotSupportedException(method);
        }
    }

    private void MarkChange(OpenDocument document)
    {
        document.NotificationsBeforeChange = _connection.NotificationCount;
        document.ChangedAt = _connection.Now;
    }

    private async Task<DiagnosticsSeen> PullUntilAsync(
        OpenDocument document, Func<IReadOnlyList<LspDiagnostic>, bool> until, TimeSpan deadline, string awaited)
    {
        DateTime end = DateTime.UtcNow + deadline;
        IReadOnlyList<LspDiagnostic> last = [];
        while (true)
        {
            JsonNode? report = await PullAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = document.Identifier() }, end, awaited, () => Describe(last, document));
            if ((string?)report?["kind"] == "full")
            {
                last = LspDiagnostic.ListFrom(report["items"], document.FileName);
            }

            if (until(last))
            {
                return new DiagnosticsSeen(last, _connection.Now - document.ChangedAt);
            }

            await PauseBeforeNextPullAsync(end, awaited, () => Describe(last, document));
        }
    }

    private async Task<DiagnosticsSeen> WaitForPushAsync(
        OpenDocument document, Func<IReadOnlyList<LspDiagnostic>, bool> until, TimeSpan deadline, string awaited)
    {
        IReadOnlyList<LspDiagnostic> last = [];
        try
        {
            (LspNotification published, _) = await _connection.WaitForNotificationAsync(
                document.NotificationsBeforeChange,
                notification =>
                {
                    if (notification.Method != "textDocument/publishDiagnostics" || (string?)notification.Params?["uri"] != document.Uri)
                    {
                        return false;
                    }

                    last = LspDiagnostic.ListFrom(notification.Params?["diagnostics"], document.FileName);
                    return until(last);
                },
                deadline,
                () => awaited);
            return new DiagnosticsSeen(last, published.ArrivedAt - document.ChangedAt);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new TimeoutException(Failure(exception.Message, "the last diagnostics published for it", Describe(last, document)), exception);
        }
    }

    /// <summary>One pull request, which the server may hold until its workspace is loaded; a timeout says what was awaited.</summary>
    private async Task<JsonNode?> PullAsync(string method, JsonObject parameters, DateTime end, string awaited, Func<string> lastSeen)
    {
        try
        {
            return await _connection.RequestAsync(method, parameters, Remaining(end));
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new TimeoutException(Failure($"{exception.Message} (waiting for {awaited})", "the last pulled", lastSeen()), exception);
        }
    }

    private async Task PauseBeforeNextPullAsync(DateTime end, string awaited, Func<string> lastSeen)
    {
        if (DateTime.UtcNow + PullInterval >= end)
        {
            throw new TimeoutException(Failure($"Pulled diagnostics until the deadline for {awaited}; they never were.", "the last pulled", lastSeen()));
        }

        await Task.Delay(PullInterval);
    }

    private string Failure(string what, string lastSeenName, string lastSeen)
        => $"{what}\n{lastSeenName}:\n{(lastSeen.Length == 0 ? "(none)" : lastSeen)}\n"
            + $"dynamic registrations: {string.Join(", ", Registrations)}\nserver log (stderr, last lines):\n{_server.StandardErrorTail()}";

    private static string Describe(IReadOnlyList<LspDiagnostic> diagnostics, OpenDocument document)
        => string.Join("\n", diagnostics.Select(d => d.Describe(document.Text)));

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>> reports)
        => string.Join("\n", reports.SelectMany(file => file.Value.Select(d => d.ToString())));

    private static TimeSpan Remaining(DateTime end)
    {
        TimeSpan remaining = end - DateTime.UtcNow;
        return remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
    }
}
