using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>The layout facts every inserter reads from the code around it: line breaks and indentation, as written.</summary>
    internal static class Layout
    {
        /// <summary>The first line break in <paramref name="trivia"/>; null when there is none.</summary>
        public static string? LineBreak(SyntaxTriviaList trivia)
        {
            foreach (SyntaxTrivia item in trivia)
            {
                if (item.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return item.ToFullString();
                }
            }

            return null;
        }

        /// <summary>Does <paramref name="node"/> start its line (only whitespace before it on the line)?</summary>
        public static bool StartsLine(SyntaxNode node, SourceText text)
        {
            int lineStart = text.Lines.GetLineFromPosition(node.SpanStart).Start;
            return string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(lineStart, node.SpanStart)));
        }

        /// <summary>The whitespace that starts the line <paramref name="node"/> starts on.</summary>
        public static string IndentationOfLine(SyntaxNode node, SourceText text)
        {
            int start = text.Lines.GetLineFromPosition(node.SpanStart).Start;
            int end = start;
            while (end < node.SpanStart && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return text.ToString(TextSpan.FromBounds(start, end));
        }

        /// <summary>The document's line break: the first one it writes, or <c>\n</c> for a one-line document.</summary>
        public static string DocumentLineBreak(SourceText text)
        {
            foreach (TextLine line in text.Lines)
            {
                if (line.EndIncludingLineBreak > line.End)
                {
                    return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
                }
            }

            return "\n";
        }
    }
}
