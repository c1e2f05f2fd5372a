using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes.Insertion;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// The one generic edit of every fix: put a value in place of another, keeping its form, or insert it where the
    /// analyzer said it goes (<see cref="ValueInserter"/> lays it out). Only the value's characters change; trivia and
    /// the rest of the line stay as they were.
    /// </summary>
    internal static class ValueRewriter
    {
        public static async Task<Document> RewriteAsync(Document document, ValueTarget target, string value, CancellationToken cancellationToken)
        {
            TextChange? change = await ChangeAsync(document, target, value, cancellationToken).ConfigureAwait(false);
            return change == null ? document : document.WithText((await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).WithChanges(change.Value));
        }

        /// <summary>The edit that writes <paramref name="value"/> at <paramref name="target"/>; null when the code no longer has the node.</summary>
        public static async Task<TextChange?> ChangeAsync(Document document, ValueTarget target, string value, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return null;
            }

            return target.Edit switch
            {
                ValueEditKind.TextInString => root.FullSpan.Contains(target.EditSpan) ? new TextChange(target.EditSpan, value) : (TextChange?)null,
                ValueEditKind.Insert => await ValueInserter.InsertAsync(document, root, text, target, value, cancellationToken).ConfigureAwait(false),
                ValueEditKind.Expression => ReplaceExpression(root, target, value),
                _ => null,
            };
        }

        private static TextChange? ReplaceExpression(SyntaxNode root, ValueTarget target, string value)
        {
            if (!root.FullSpan.Contains(target.EditSpan))
            {
                return null;
            }

            if (!(SyntaxAt.Node(root, target.EditSpan) is ExpressionSyntax expression))
            {
                return null;
            }

            string newText = expression is LiteralExpressionSyntax literal
                ? LiteralText.Like(literal.Token, value, target.ValueType)
                : LiteralFormat.For(target.ValueType, value);
            return new TextChange(target.EditSpan, newText);
        }
    }
}
