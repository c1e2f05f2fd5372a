using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// SORA005's edit the other way round: a string sent where the API takes an integer. A constant becomes the number
    /// (<c>"8"</c> → <c>8</c>; in JSON text <c>"seconds":"8"</c> → <c>"seconds":8</c>, the quotes removed as the literal
    /// writes them). Offered only where a number fits, so the fixed code compiles; text computed at run time is not rewritten.
    /// </summary>
    internal static class SecondsAsInteger
    {
        /// <summary>The edit writing <paramref name="digits"/>, or null when none would compile (a member declared as a string takes no number).</summary>
        public static async Task<TextChange?> ChangeAsync(Document document, ValueTarget target, string digits, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || !root.FullSpan.Contains(target.EditSpan))
            {
                return null;
            }

            if (target.Edit == ValueEditKind.TextInString)
            {
                return Unquote(root, target.EditSpan, digits);
            }

            if (target.Edit != ValueEditKind.Expression || !(SyntaxAt.Node(root, target.EditSpan) is ExpressionSyntax expression))
            {
                return null;
            }

            SemanticModel? semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return semanticModel != null && AssignableType.Accepts(expression, SpecialType.System_Int32, semanticModel, cancellationToken)
                ? new TextChange(expression.Span, digits)
                : (TextChange?)null;
        }

        /// <summary>The JSON string at <paramref name="value"/> (its characters between the quotes) with its quotes, replaced by the number.</summary>
        private static TextChange? Unquote(SyntaxNode root, TextSpan value, string digits)
        {
            string quote = JsonQuote.In(root.FindToken(value.Start));
            if (value.Start < quote.Length)
            {
                return null;
            }

            var quoted = TextSpan.FromBounds(value.Start - quote.Length, value.End + quote.Length);
            if (!root.FullSpan.Contains(quoted))
            {
                return null;
            }

            string text = root.SyntaxTree.GetText().ToString(quoted);
            return text.StartsWith(quote, StringComparison.Ordinal) && text.EndsWith(quote, StringComparison.Ordinal) && text.Length >= 2 * quote.Length
                ? new TextChange(quoted, digits)
                : (TextChange?)null;
        }
    }
}
