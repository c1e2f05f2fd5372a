using System;
using System.Text;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>Writes indented C# lines and knows the 0-based number of the next line (for the planted-request ledger).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new StringBuilder();
    private int _indent;

    /// <summary>The 0-based number of the line the next <see cref="Line"/> call writes.</summary>
    public int LineCount { get; private set; }

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
        LineCount++;
    }

    /// <summary>Writes a block of text (lines separated by \n), each line at the current indentation.</summary>
    public void Block(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
        }
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close(string closing = "}")
    {
        _indent = Math.Max(0, _indent - 1);
        Line(closing);
    }

    public override string ToString() => _text.ToString();
}
