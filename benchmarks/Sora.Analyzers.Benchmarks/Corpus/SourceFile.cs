namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>One C# file of a corpus: its path (also the syntax tree's path) and its text.</summary>
internal sealed record SourceFile(string Path, string Text)
{
    public int LineCount { get; } = CountLines(Text);

    private static int CountLines(string text)
    {
        int lines = 0;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return text.Length > 0 && text[^1] != '\n' ? lines + 1 : lines;
    }
}
