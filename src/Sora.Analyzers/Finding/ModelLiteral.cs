using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The model a payload's syntax writes as a string literal, read before anything is bound or allocated: an anonymous
    /// member <c>model = "gpt-4o"</c>, an initializer member <c>Model = "gpt-4o"</c>, a dictionary entry
    /// <c>["model"] = "gpt-4o"</c> or <c>{ "model", "gpt-4o" }</c>. A payload whose written model no table that can apply
    /// knows is another provider's, and costs no more than this read (docs/performance.md).
    /// </summary>
    internal static class ModelLiteral
    {
        /// <summary>The literal model <paramref name="creation"/> writes; null when it writes none as a literal.</summary>
        public static string? Of(SyntaxNode creation)
        {
            switch (creation)
            {
                case AnonymousObjectCreationExpressionSyntax anonymous:
                    foreach (AnonymousObjectMemberDeclaratorSyntax member in anonymous.Initializers)
                    {
                        if (member.NameEquals is { } name && IsModel(name.Name.Identifier.ValueText, ignoreCase: true))
                        {
                            return Text(member.Expression);
                        }
                    }

                    return null;
                case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }:
                    foreach (ExpressionSyntax element in initializer.Expressions)
                    {
                        switch (element)
                        {
                            case AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment when IsModel(member.Identifier.ValueText, ignoreCase: true):
                                return Text(assignment.Right);
                            case AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } key } assignment when IsModel(Text(key.ArgumentList.Arguments[0].Expression), ignoreCase: false):
                                return Text(assignment.Right);
                            case InitializerExpressionSyntax { Expressions.Count: 2 } entry when entry.IsKind(SyntaxKind.ComplexElementInitializerExpression) && IsModel(Text(entry.Expressions[0]), ignoreCase: false):
                                return Text(entry.Expressions[1]);
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static bool IsModel(string? name, bool ignoreCase)
            => name != null && string.Equals(name, RequestMemberNames.Model, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        private static string? Text(ExpressionSyntax expression)
            => expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
    }
}
