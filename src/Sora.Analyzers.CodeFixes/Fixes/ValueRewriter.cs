using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// The one generic edit of every fix: put a value in place of another, keeping its form, or insert it
    /// (an argument for a parameter default, a missing model member) from the template the analyzer wrote. Only the value's characters change; trivia and the
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
                    return root.FullSpan.Contains(target.Span) ? new TextChange(target.Span, value) : (TextChange?)null;
                case ValueEditKind.Insert:
                    return target.Insertion != null && target.Insertion.Position <= root.FullSpan.End
                        ? new TextChange(new TextSpan(target.Insertion.Position, 0), target.Insertion.Apply(value))
                        : (TextChange?)null;
                case ValueEditKind.Expression:
                    return ReplaceExpression(root, target, value);
                default:
                    return null;
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
                : LiteralFormat.For(target.ValueType, value);
            return new TextChange(target.Span, newText);
        }
    }
}
