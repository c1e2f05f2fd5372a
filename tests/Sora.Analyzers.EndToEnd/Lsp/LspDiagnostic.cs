using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// One LSP diagnostic as the server sent it: the code, the severity, the 0-based range (start and end), the message and
/// the help link (<c>codeDescription.href</c>), and the file it is in.
/// </summary>
public sealed record LspDiagnostic(string Code, int Severity, string FileName, LspRange Range, string Message, string? HelpLink)
{
    /// <summary>Whether the diagnostic is one of the package's (SORA001, SORA900, ...).</summary>
    public bool IsSora => Code.StartsWith("SORA", StringComparison.Ordinal);

    /// <summary>
    /// The form the end-to-end tests compare, as <see cref="Infrastructure.Expected"/> writes it, extended with what an
    /// editor shows: <c>SORA001 warning Program.cs(6,89): message</c>, then the squiggled text and the help link:
    /// <c> on `10` (https://…/SORA001.md)</c>.
    /// </summary>
    public string Describe(string documentText)
        => $"{Code} {SeverityName} {FileName}({Range.Start.Line + 1},{Range.Start.Character + 1}): {Message} on `{Range.TextIn(documentText)}` ({HelpLink})";

    /// <summary>LSP's DiagnosticSeverity in the words of the compiler's console output.</summary>
    private string SeverityName => Severity switch
    {
        1 => "error",
        2 => "warning",
        3 => "info",
        4 => "hidden",
        _ => $"severity-{Severity}",
    };

    public static LspDiagnostic From(JsonNode diagnostic, string fileName)
    {
        JsonNode? code = diagnostic["code"];
        return new LspDiagnostic(
            code?.ToString() ?? "",
            (int?)diagnostic["severity"] ?? 0,
            fileName,
            LspRange.From(diagnostic["range"]!),
            (string?)diagnostic["message"] ?? "",
            (string?)diagnostic["codeDescription"]?["href"]);
    }

    /// <summary>The diagnostics of a publishDiagnostics notification or of a document report (its <c>diagnostics</c> or <c>items</c>).</summary>
    public static IReadOnlyList<LspDiagnostic> ListFrom(JsonNode? diagnostics, string fileName)
        => diagnostics is JsonArray array ? array.Select(d => From(d!, fileName)).ToList() : [];
}
