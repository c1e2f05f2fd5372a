using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Adds a member to an anonymous object (<c>model = "…"</c>) or an initializer, in the style its entries already use:
    /// <c>Model = "…"</c>, <c>["model"] = "…"</c> or <c>{ "model", "…" }</c>.
    /// </summary>
    internal static class MemberInserter
    {
        public static TextChange? Insert(AnonymousObjectCreationExpressionSyntax anonymous, string name, string literal)
            => SeparatedListInsertion.Append(anonymous.Initializers, anonymous.OpenBraceToken, name + " = " + literal);

        public static TextChange? Insert(InitializerExpressionSyntax initializer, string name, string literal)
        {
            string? item = initializer.Expressions.Count == 0 ? null : initializer.Expressions[initializer.Expressions.Count - 1] switch
            {
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax } => "[" + LiteralFormat.String(name) + "] = " + literal,
                AssignmentExpressionSyntax _ => name + " = " + literal,
                InitializerExpressionSyntax complex when complex.IsKind(SyntaxKind.ComplexElementInitializerExpression) => "{ " + LiteralFormat.String(name) + ", " + literal + " }",
                _ => null,
            };
            return item == null ? null : SeparatedListInsertion.Append(initializer.Expressions, initializer.OpenBraceToken, item);
        }
    }
}
