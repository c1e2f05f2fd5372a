using System.Text.Json.Nodes;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>A 0-based line and UTF-16 character offset, as LSP counts them.</summary>
public readonly record struct LspPosition(int Line, int Character)
{
    public static LspPosition From(JsonNode position) => new((int)position["line"]!, (int)position["character"]!);

    /// <summary>The index into <paramref name="text"/> of this position.</summary>
    public int OffsetIn(string text)
    {
        int offset = 0;
        for (int line = 0; line < Line; line++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            if (offset == 0)
            {
                throw new ArgumentOutOfRangeException(nameof(text), $"The text has no line {Line}.");
            }
        }

        return offset + Character;
    }

    public JsonObject ToJson() => new() { ["line"] = Line, ["character"] = Character };
}

/// <summary>An LSP range: start inclusive, end exclusive.</summary>
public readonly record struct LspRange(LspPosition Start, LspPosition End)
{
    public static LspRange From(JsonNode range) => new(LspPosition.From(range["start"]!), LspPosition.From(range["end"]!));

    /// <summary>The characters the range covers in <paramref name="text"/>: what the editor underlines.</summary>
    public string TextIn(string text)
    {
        try
        {
            int start = Start.OffsetIn(text);
            int end = End.OffsetIn(text);
            if (start <= end && end <= text.Length)
            {
                return text[start..end];
            }
        }
        catch (ArgumentOutOfRangeException)
        {
        }

        return $"<range {this} outside the text>";
    }

    public JsonObject ToJson() => new() { ["start"] = Start.ToJson(), ["end"] = End.ToJson() };
}
