using System.Text.Json.Nodes;
using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// A document open in the editor: the text as the user has typed it (which the server knows only through didOpen and
/// didChange), its version, and when it last changed, on the connection's clock, with the notification count then, so
/// the diagnostics of that change are told apart from earlier ones.
/// </summary>
public sealed class OpenDocument
{
    internal OpenDocument(string path, string text)
    {
        Path = path;
        Uri = new Uri(path).AbsoluteUri;
        Text = text;
    }

    public string Path { get; }

    public string Uri { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public string Text { get; private set; }

    public int Version { get; private set; } = 1;

    /// <summary>When the last didOpen or didChange was sent.</summary>
    public TimeSpan ChangedAt { get; internal set; }

    /// <summary><see cref="LspConnection.NotificationCount"/> just before that message was sent.</summary>
    internal int NotificationsBeforeChange { get; set; }

    public JsonObject Identifier() => new() { ["uri"] = Uri };

    /// <summary>
    /// Replaces <paramref name="oldValue"/> (on one line) where it follows <paramref name="context"/> (which must occur
    /// once with it) by <paramref name="newValue"/>, as typing over a selection does, and returns the incremental change
    /// event for it.
    /// </summary>
    internal JsonObject Replace(string context, string oldValue, string newValue)
    {
        (int line, int column) = ConsumerSources.Find(Text, context, oldValue);
        var start = new LspPosition(line - 1, column - 1);
        var range = new LspRange(start, start with { Character = start.Character + oldValue.Length });
        int offset = start.OffsetIn(Text);
        Text = string.Concat(Text.AsSpan(0, offset), newValue, Text.AsSpan(offset + oldValue.Length));
        Version++;
        return new JsonObject { ["range"] = range.ToJson(), ["text"] = newValue };
    }
}
