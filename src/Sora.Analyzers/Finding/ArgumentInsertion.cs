using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// How a fix passes an omitted parameter: a named argument at the end of the call, where it is always valid,
    /// laid out like the arguments already there (one per line stays one per line).
    /// </summary>
    internal static class ArgumentInsertion
    {
        public static ValueInsertion? For(SyntaxNode call, IParameterSymbol parameter)
        {
            string argument = parameter.Name + ": " + LiteralFormat.Template(parameter.Type.SpecialType);
            ArgumentListSyntax? list = call switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };

            if (list != null)
            {
                return list.CloseParenToken.IsMissing ? null : After(list, argument);
            }

            // new VideoJob { ... } has no parentheses yet.
            return call is ObjectCreationExpressionSyntax creationWithoutArguments
                ? new ValueInsertion(creationWithoutArguments.Type.Span.End, "(" + argument + ")")
                : null;
        }

        private static ValueInsertion After(ArgumentListSyntax list, string argument)
        {
            if (list.Arguments.Count == 0)
            {
                return new ValueInsertion(list.CloseParenToken.SpanStart, argument);
            }

            // When the last argument starts a line, or ends one (the parenthesis on a line of its own), the new
            // argument gets a line of its own right after it, indented the same; otherwise it goes before the ')'.
            ArgumentSyntax last = list.Arguments[list.Arguments.Count - 1];
            SyntaxTrivia? lineBreak = LineBreak(last.GetFirstToken().GetPreviousToken().TrailingTrivia) ?? LineBreak(last.GetTrailingTrivia());
            return lineBreak == null
                ? new ValueInsertion(list.CloseParenToken.SpanStart, ", " + argument)
                : new ValueInsertion(last.Span.End, "," + lineBreak.Value.ToFullString() + Indentation(last) + argument);
        }

        private static SyntaxTrivia? LineBreak(SyntaxTriviaList trivia)
        {
            foreach (SyntaxTrivia item in trivia)
            {
                if (item.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return item;
                }
            }

            return null;
        }

        // The whitespace that starts the node's line.
        private static string Indentation(SyntaxNode node)
        {
            SourceText text = node.SyntaxTree.GetText();
            int start = text.Lines.GetLineFromPosition(node.SpanStart).Start;
            int end = start;
            while (end < node.SpanStart && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return text.ToString(TextSpan.FromBounds(start, end));
        }
    }
}
