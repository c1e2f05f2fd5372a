using System.Collections.Immutable;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// A fenced code block (<c>```csharp</c> … <c>```</c>) or a table of a Markdown page, with what a test needs to
/// find it again: the line it starts on, the heading it sits under, the last line of prose before it, and the
/// example marker written just above it, if any (<c>&lt;!-- example: triggers; table: openai --&gt;</c>).
/// </summary>
internal sealed record MarkdownBlock(
    string Page,
    int Line,
    string Heading,
    string Before,
    ExampleMarker? Marker,
    string Language,
    string Text,
    ImmutableArray<ImmutableArray<string>> Rows)
{
    public bool IsTable => Rows.Length > 0;

    /// <summary>The lines of a fenced block, each with its line number in the page.</summary>
    public IEnumerable<(int Line, string Text)> Lines => Text.Split('\n').Select((text, index) => (Line + 1 + index, text));
}

/// <summary>
/// <c>&lt;!-- example: KIND; key: value; … --&gt;</c> on its own line above a block: the block is an example a test
/// runs (kinds and keys: <see cref="RulePageExamples"/>). Invisible on the rendered page.
/// </summary>
internal sealed record ExampleMarker(string Kind, ImmutableDictionary<string, string> Options)
{
    private const string Start = "<!-- example:";
    private const string End = "-->";

    public string? Option(string key) => Options.TryGetValue(key, out string? value) ? value : null;

    public static ExampleMarker? Parse(string line)
    {
        string trimmed = line.Trim();
        if (!trimmed.StartsWith(Start, StringComparison.Ordinal) || !trimmed.EndsWith(End, StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = trimmed[Start.Length..^End.Length].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (string part in parts.Skip(1))
        {
            int colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"'{part}' in '{trimmed}' is not 'key: value'.");
            }

            options.Add(part[..colon].Trim(), part[(colon + 1)..].Trim());
        }

        return new ExampleMarker(parts.Length > 0 ? parts[0] : string.Empty, options.ToImmutable());
    }
}

internal static class MarkdownBlocks
{
    /// <summary>Every fenced block and table of <paramref name="relativePath"/> (a path under the repository), in page order.</summary>
    public static ImmutableArray<MarkdownBlock> Read(string relativePath)
        => Parse(relativePath, File.ReadAllLines(Verifiers.Repository.PathOf(relativePath)));

    public static ImmutableArray<MarkdownBlock> Parse(string page, string[] lines)
    {
        var blocks = ImmutableArray.CreateBuilder<MarkdownBlock>();
        string heading = string.Empty;
        string before = string.Empty;
        ExampleMarker? marker = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                int start = i;
                int indent = lines[i].Length - lines[i].TrimStart().Length;
                var text = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                {
                    text.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
                }

                blocks.Add(new MarkdownBlock(page, start + 1, heading, before, marker, trimmed[3..].Trim(), string.Join("\n", text), []));
                marker = null;
            }
            else if (trimmed.StartsWith('|'))
            {
                int start = i;
                var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
                for (; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
                {
                    ImmutableArray<string> cells = Cells(lines[i]);
                    if (!cells.All(cell => cell.Length > 0 && cell.All(c => c is '-' or ':')))
                    {
                        rows.Add(cells);
                    }
                }

                i--;
                blocks.Add(new MarkdownBlock(page, start + 1, heading, before, marker, string.Empty, string.Empty, rows.ToImmutable()));
                marker = null;
            }
            else if (ExampleMarker.Parse(trimmed) is ExampleMarker found)
            {
                marker = found;
            }
            else if (trimmed.Length > 0)
            {
                if (trimmed.StartsWith('#'))
                {
                    heading = trimmed.TrimStart('#').Trim();
                }

                // A marker belongs to the block right below it: prose in between ends it.
                before = trimmed;
                marker = null;
            }
        }

        return blocks.ToImmutable();
    }

    /// <summary>The cells of a table row <c>| a | b |</c>; a <c>|</c> inside a code span stays in its cell.</summary>
    private static ImmutableArray<string> Cells(string line)
    {
        var cells = ImmutableArray.CreateBuilder<string>();
        string row = line.Trim();
        row = row[1..(row.EndsWith('|') && row.Length > 1 ? row.Length - 1 : row.Length)];
        var cell = new System.Text.StringBuilder();
        bool inCode = false;
        foreach (char c in row)
        {
            if (c == '`')
            {
                inCode = !inCode;
            }

            if (c == '|' && !inCode)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells.ToImmutable();
    }
}
