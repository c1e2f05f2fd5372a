using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// The one value a local, field or property holds where the code shows it: a local written once, or a field or
    /// property of a type in this file written once there (its initializer, or one assignment in its type, as a
    /// constructor or a <c>Setup()</c> method does). Used for what says where a request goes (a URL, a client, its
    /// options), never for request values, which follow the flow rules of docs/design.md ("Locals").
    /// </summary>
    internal static class MemberValue
    {
        public static IOperation? WrittenOnce(IOperation reference, CancellationToken cancellationToken)
        {
            switch (reference)
            {
                case ILocalReferenceOperation local when local.SemanticModel is SemanticModel semanticModel
                                                         && LocalFlow.WritesOf(local.Local, semanticModel, cancellationToken)?.OnlyValue is ExpressionSyntax value:
                    return semanticModel.GetOperation(value, cancellationToken);
                case IFieldReferenceOperation field:
                    return OfMember(field.Field, reference.SemanticModel, cancellationToken);
                case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                    return OfMember(property.Property, reference.SemanticModel, cancellationToken);
                default:
                    return null;
            }
        }

        private static IOperation? OfMember(ISymbol member, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            INamedTypeSymbol? type = member.ContainingType;
            if (semanticModel == null || type == null || member.DeclaringSyntaxReferences.Length != 1
                || member.DeclaringSyntaxReferences[0].SyntaxTree != semanticModel.SyntaxTree)
            {
                return null;
            }

            ExpressionSyntax? only = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax { Initializer: { } initializer } => initializer.Value,
                PropertyDeclarationSyntax { Initializer: { } initializer } => initializer.Value,
                _ => null,
            };
            // `string? _url;` or `= null!`: a placeholder until the one real write.
            if (only != null && IsPlaceholder(only))
            {
                only = null;
            }

            int writes = only == null ? 0 : 1;
            foreach (SyntaxReference part in type.DeclaringSyntaxReferences)
            {
                // A part of the type in another file may write it too: not in sight.
                if (part.SyntaxTree != semanticModel.SyntaxTree)
                {
                    return null;
                }

                foreach (SyntaxNode node in part.GetSyntax(cancellationToken).DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment
                        && NameOf(assignment.Left) == member.Name
                        && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(assignment.Left, cancellationToken).Symbol, member))
                    {
                        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || ++writes > 1)
                        {
                            return null;
                        }

                        only = assignment.Right;
                    }
                }
            }

            return writes == 1 && only != null ? semanticModel.GetOperation(only, cancellationToken) : null;
        }

        private static bool IsPlaceholder(ExpressionSyntax value)
        {
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
            {
                value = suppressed.Operand;
            }

            return value.IsKind(SyntaxKind.NullLiteralExpression) || value.IsKind(SyntaxKind.DefaultLiteralExpression) || value is DefaultExpressionSyntax;
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
