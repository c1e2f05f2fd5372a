using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// The one generic edit of every fix: put a value in place of another, keeping its form, or add it as an
    /// argument when it came from a parameter default. Only the value's characters change; trivia and the
    /// rest of the line stay as they were.
    /// </summary>
    internal static class ValueRewriter
    {
        public static async Task<Document> RewriteAsync(Document document, ValueTarget target, string value, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            TextChange? change = root == null ? null : ChangeFor(root, target, value);
            return change == null ? document : document.WithText(text.WithChanges(change.Value));
        }

        private static TextChange? ChangeFor(SyntaxNode root, ValueTarget target, string value)
        {
            switch (target.Edit)
            {
                case ValueEditKind.TextInString:
                    return new TextChange(target.Span, value);
                case ValueEditKind.AddArgument:
                    return AddArgument(root, target, value);
                default:
                    return ReplaceExpression(root, target, value);
            }
        }

        private static TextChange? ReplaceExpression(SyntaxNode root, ValueTarget target, string value)
        {
            if (!root.FullSpan.Contains(target.Span))
            {
                return null;
            }

            SyntaxNode? node = root.FindNode(target.Span, getInnermostNodeForTie: true);
            while (node != null && node.Span != target.Span)
            {
                node = node.Parent;
            }

            if (!(node is ExpressionSyntax expression))
            {
                return null;
            }

            string newText = expression is LiteralExpressionSyntax literal
                ? LiteralText.Like(literal.Token, value, target.ValueType)
                : LiteralText.For(target.ValueType, value);
            return new TextChange(target.Span, newText);
        }

        private static TextChange? AddArgument(SyntaxNode root, ValueTarget target, string value)
        {
            if (target.ArgumentName == null || !root.FullSpan.Contains(target.RequestSpan))
            {
                return null;
            }

            string argument = target.ArgumentName + ": " + LiteralText.For(target.ValueType, value);
            SyntaxNode call = root.FindNode(target.RequestSpan, getInnermostNodeForTie: true);
            switch (call)
            {
                case InvocationExpressionSyntax invocation:
                    return AppendArgument(invocation.ArgumentList, argument);
                case BaseObjectCreationExpressionSyntax creation when creation.ArgumentList != null:
                    return AppendArgument(creation.ArgumentList, argument);
                case ObjectCreationExpressionSyntax creationWithoutParentheses:
                    return new TextChange(new TextSpan(creationWithoutParentheses.Type.Span.End, 0), "(" + argument + ")");
                default:
                    return null;
            }
        }

        // Named arguments go last, where they are valid whatever came before.
        private static TextChange AppendArgument(ArgumentListSyntax list, string argument)
            => new TextChange(new TextSpan(list.CloseParenToken.SpanStart, 0), list.Arguments.Count == 0 ? argument : ", " + argument);
    }
}
