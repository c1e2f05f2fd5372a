using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>How an editor gets diagnostics from a language server.</summary>
public enum DiagnosticsMode
{
    /// <summary>The editor asks (<c>textDocument/diagnostic</c>, <c>workspace/diagnostic</c>): it declares <c>textDocument.diagnostic</c>, as VS Code and Neovim 0.10+ do.</summary>
    Pull,

    /// <summary>The server sends <c>textDocument/publishDiagnostics</c>: the editor declares no pull support, as older clients do.</summary>
    Push,
}

/// <summary>
/// The client capabilities of the initialize request: what a current editor's LSP client declares for the features these
/// tests use (document sync, diagnostics, configuration, progress, dynamic registration), nothing the tests do not handle.
/// </summary>
public static class ClientCapabilities
{
    public static JsonObject For(DiagnosticsMode mode)
    {
        var textDocument = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["dynamicRegistration"] = true, ["didSave"] = true, ["willSave"] = false },
            ["publishDiagnostics"] = new JsonObject
            {
                ["relatedInformation"] = true,
                ["versionSupport"] = true,
                ["codeDescriptionSupport"] = true,
                ["dataSupport"] = true,
                ["tagSupport"] = new JsonObject { ["valueSet"] = new JsonArray(1, 2) },
            },
        };

        // csharp-ls pushes diagnostics only to a client that declares no pull support (its PushDiagnostics module).
        if (mode == DiagnosticsMode.Pull)
        {
            textDocument["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true, ["relatedDocumentSupport"] = false };
        }

        var workspace = new JsonObject
        {
            ["configuration"] = true,
            ["workspaceFolders"] = true,
            ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = true },
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = false },
        };
        if (mode == DiagnosticsMode.Pull)
        {
            workspace["diagnostics"] = new JsonObject { ["refreshSupport"] = true };
        }

        return new JsonObject
        {
            ["textDocument"] = textDocument,
            ["workspace"] = workspace,
            ["window"] = new JsonObject { ["workDoneProgress"] = true, ["showMessage"] = new JsonObject() },
            ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-16") },
        };
    }
}
