using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes.Removal
{
    /// <summary>
    /// Removes a body field the endpoint does not take (SORA006): an anonymous object's member or an initializer's
    /// element with its comma, a form's <c>Add</c> statement, or a JSON member inside a string literal with its comma.
    /// </summary>
    internal static class FieldRemover
    {
        public static TextChange? Remove(SyntaxNode root, SourceText text, TextSpan removal, ValueEditKind kind)
        {
            if (!root.FullSpan.Contains(removal))
            {
                return null;
            }

            if (kind == ValueEditKind.TextInString)
            {
                return new TextChange(SpanRemoval.Span(text, removal, JsonComma(text, removal.End, forward: true), JsonComma(text, removal.Start, forward: false)), string.Empty);
            }

            SyntaxNode? node = SyntaxAt.Node(root, removal);
            switch (node)
            {
                case StatementSyntax statement:
                    return new TextChange(SpanRemoval.Span(text, statement.Span, null, null), string.Empty);
                case null:
                    return null;
                default:
                    SyntaxToken next = node.GetLastToken().GetNextToken();
                    SyntaxToken previous = node.GetFirstToken().GetPreviousToken();
                    TextSpan? after = next.IsKind(SyntaxKind.CommaToken) ? next.Span : (TextSpan?)null;
                    TextSpan? before = previous.IsKind(SyntaxKind.CommaToken) ? previous.Span : (TextSpan?)null;
                    return new TextChange(SpanRemoval.Span(text, node.Span, after, before), string.Empty);
            }
        }

        /// <summary>The comma beside a JSON member, across whitespace written as itself or as an escape (<c>\n</c>); null when the next character is none.</summary>
        private static TextSpan? JsonComma(SourceText text, int position, bool forward)
        {
            int i = forward ? position : position - 1;
            while (i >= 0 && i < text.Length)
            {
                char c = text[i];
                if (c == ',')
                {
                    return new TextSpan(i, 1);
                }

                if (char.IsWhiteSpace(c))
                {
                    i += forward ? 1 : -1;
                }
                else if (forward && c == '\\' && i + 1 < text.Length && IsWhitespaceEscape(text[i + 1]))
                {
                    i += 2;
                }
                else if (!forward && IsWhitespaceEscape(c) && i > 0 && text[i - 1] == '\\')
                {
                    i -= 2;
                }
                else
                {
                    return null;
                }
            }

            return null;
        }

        private static bool IsWhitespaceEscape(char c) => c == 'n' || c == 'r' || c == 't';
    }
}
