using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Adds one item to a comma-separated list between braces (anonymous object members, initializer
    /// entries) in the list's own layout: on the same line, or on a new line with the last item's indentation,
    /// keeping a trailing comma if the list has one.
    /// </summary>
    internal static class SeparatedListInsertion
    {
        public static TextChange? Append<TNode>(SeparatedSyntaxList<TNode> items, SyntaxToken openBrace, string item)
            where TNode : SyntaxNode
        {
            if (openBrace.IsMissing)
            {
                return null;
            }

            if (items.Count == 0)
            {
                return new TextChange(new TextSpan(openBrace.Span.End, 0), " " + item + (openBrace.GetNextToken().SpanStart == openBrace.Span.End ? " " : string.Empty));
            }

            TNode last = items[items.Count - 1];
            bool trailingComma = items.SeparatorCount == items.Count;
            string? newLineIndent = NewLineAndIndentation(last);
            if (trailingComma)
            {
                SyntaxToken comma = items.GetSeparator(items.Count - 1);
                return new TextChange(new TextSpan(comma.Span.End, 0), (newLineIndent ?? " ") + item + ",");
            }

            return new TextChange(new TextSpan(last.Span.End, 0), "," + (newLineIndent ?? " ") + item);
        }

        /// <summary>The line break and indentation before <paramref name="item"/> when it starts its own line; null when it shares a line.</summary>
        private static string? NewLineAndIndentation(SyntaxNode item)
        {
            SyntaxTriviaList leading = item.GetLeadingTrivia();
            string? newLine = Layout.LineBreak(item.GetFirstToken().GetPreviousToken().TrailingTrivia);
            if (newLine == null)
            {
                return null;
            }

            string indentation = string.Empty;
            foreach (SyntaxTrivia trivia in leading)
            {
                indentation = trivia.IsKind(SyntaxKind.WhitespaceTrivia) ? trivia.ToString() : trivia.IsKind(SyntaxKind.EndOfLineTrivia) ? string.Empty : indentation;
            }

            return newLine + indentation;
        }
    }
}
