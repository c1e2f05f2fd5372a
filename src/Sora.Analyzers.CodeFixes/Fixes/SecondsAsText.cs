using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// SORA005's edit: a number sent where the API takes a string. A constant becomes the string literal (<c>8</c> →
    /// <c>"8"</c>; in JSON text the digits get quotes in the literal's own escaping); any other number gets
    /// <c>.ToString(CultureInfo.InvariantCulture)</c>. Offered only where a string fits, so the fixed code compiles.
    /// </summary>
    internal static class SecondsAsText
    {
        private const string GlobalizationNamespace = "System.Globalization";

        /// <summary>The edit, or null when none would compile (a typed member declared as a number takes no string).</summary>
        public static async Task<TextChange?> ChangeAsync(Document document, ValueTarget target, string? constant, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || !root.FullSpan.Contains(target.EditSpan))
            {
                return null;
            }

            if (target.Edit == ValueEditKind.TextInString)
            {
                if (constant == null)
                {
                    return null;
                }

                string quote = JsonQuote.In(root.FindToken(target.EditSpan.Start));
                return new TextChange(target.EditSpan, quote + constant + quote);
            }

            if (target.Edit != ValueEditKind.Expression || !(FindExpression(root, target.EditSpan) is ExpressionSyntax expression))
            {
                return null;
            }

            SemanticModel? semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel == null || !AssignableType.Accepts(expression, SpecialType.System_String, semanticModel, cancellationToken))
            {
                return null;
            }

            if (constant != null)
            {
                return new TextChange(expression.Span, LiteralFormat.String(constant));
            }

            bool nullable = semanticModel.GetTypeInfo(expression, cancellationToken).Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            string receiver = IsPrimary(expression) ? expression.ToString() : "(" + expression + ")";
            return new TextChange(expression.Span, receiver + (nullable ? "?" : string.Empty) + ".ToString(" + InvariantCulture(semanticModel, expression.SpanStart) + ")");
        }

        private static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan span) => SyntaxAt.Node(root, span) as ExpressionSyntax;

        // `x.ToString()` needs no parentheses around a name, a member access, a call, an element access or a literal.
        private static bool IsPrimary(ExpressionSyntax expression)
            => expression is IdentifierNameSyntax || expression is MemberAccessExpressionSyntax || expression is InvocationExpressionSyntax
               || expression is ElementAccessExpressionSyntax || expression is ParenthesizedExpressionSyntax || expression is LiteralExpressionSyntax;

        /// <summary><c>CultureInfo.InvariantCulture</c> where the name already means System.Globalization's; the qualified name otherwise.</summary>
        private static string InvariantCulture(SemanticModel semanticModel, int position)
        {
            bool inScope = semanticModel.LookupNamespacesAndTypes(position, name: "CultureInfo")
                .Any(symbol => symbol.ContainingNamespace?.ToDisplayString() == GlobalizationNamespace);
            return (inScope ? string.Empty : GlobalizationNamespace + ".") + "CultureInfo.InvariantCulture";
        }
    }
}
