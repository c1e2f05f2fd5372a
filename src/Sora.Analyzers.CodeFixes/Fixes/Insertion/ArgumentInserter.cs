using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Passes an omitted parameter: a named argument at the end of the call, where it is always valid, laid out like the
    /// arguments already there (one per line stays one per line).
    /// </summary>
    internal static class ArgumentInserter
    {
        public static TextChange? Insert(ExpressionSyntax call, string parameterName, string literal, SourceText text)
        {
            string argument = parameterName + ": " + literal;
            ArgumentListSyntax? list = call switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };

            if (list == null)
            {
                // new VideoJob { ... } has no parentheses yet.
                return call is ObjectCreationExpressionSyntax creation
                    ? new TextChange(new TextSpan(creation.Type.Span.End, 0), "(" + argument + ")")
                    : (TextChange?)null;
            }

            if (list.CloseParenToken.IsMissing)
            {
                return null;
            }

            if (list.Arguments.Count == 0)
            {
                return new TextChange(new TextSpan(list.CloseParenToken.SpanStart, 0), argument);
            }

            // When the last argument starts a line, or ends one (the parenthesis on a line of its own), the new
            // argument gets a line of its own right after it, indented the same; otherwise it goes before the ')'.
            ArgumentSyntax last = list.Arguments[list.Arguments.Count - 1];
            string? lineBreak = Layout.LineBreak(last.GetFirstToken().GetPreviousToken().TrailingTrivia) ?? Layout.LineBreak(last.GetTrailingTrivia());
            return lineBreak == null
                ? new TextChange(new TextSpan(list.CloseParenToken.SpanStart, 0), ", " + argument)
                : new TextChange(new TextSpan(last.Span.End, 0), "," + lineBreak + Layout.IndentationOfLine(last, text) + argument);
        }
    }
}
