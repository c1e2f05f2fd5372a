using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Does a payload reach a video call? Follows it through serializers and content factories
    /// (<c>BinaryContent.Create(BinaryData.FromObjectAsJson(payload))</c>, <c>new StringContent(json)</c>) and
    /// through locals, a few steps at most. Runs only for payloads that have request members and no known model.
    /// </summary>
    internal static class PayloadFlow
    {
        private const int MaxSteps = 6;

        // Types whose methods (or constructors) wrap a payload without changing what the API receives.
        private static readonly string[] WrapperTypes =
        {
            "BinaryContent", "BinaryData", "JsonContent", "StringContent", "ByteArrayContent",
            "JsonSerializer", "JsonConvert", "Encoding", "RequestContent",
        };

        public static bool ReachesVideoCall(SyntaxNode payload, SemanticModel semanticModel, VideoMethodMatcher matcher, CancellationToken cancellationToken)
            => Reaches(payload, semanticModel, matcher, MaxSteps, cancellationToken);

        private static bool Reaches(SyntaxNode node, SemanticModel semanticModel, VideoMethodMatcher matcher, int steps, CancellationToken cancellationToken)
        {
            while (steps-- > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SyntaxNode expression = SkipTransparentParents(node);
                switch (expression.Parent)
                {
                    case ArgumentSyntax argument when argument.Parent?.Parent is ExpressionSyntax call:
                        if (!(semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method))
                        {
                            return false;
                        }

                        if (matcher.IsVideoMethod(method))
                        {
                            return true;
                        }

                        if (!IsWrapper(method))
                        {
                            return false;
                        }

                        node = call;
                        break;
                    case MemberAccessExpressionSyntax member when member.Expression == expression && member.Parent is InvocationExpressionSyntax invocation:
                        // payload.ToString(), json.AsSpan(): a call on the payload itself passes it on only if it is a wrapper.
                        if (!(semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol instanceMethod) || !IsWrapper(instanceMethod))
                        {
                            return false;
                        }

                        node = invocation;
                        break;
                    case EqualsValueClauseSyntax initializer when initializer.Parent is VariableDeclaratorSyntax declarator:
                        return LocalReaches(declarator, declarator.Identifier.ValueText, semanticModel, matcher, steps, cancellationToken);
                    case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.Left is IdentifierNameSyntax target:
                        return LocalReaches(assignment, target.Identifier.ValueText, semanticModel, matcher, steps, cancellationToken);
                    default:
                        return false;
                }
            }

            return false;
        }

        private static bool LocalReaches(SyntaxNode declaration, string name, SemanticModel semanticModel, VideoMethodMatcher matcher, int steps, CancellationToken cancellationToken)
        {
            ISymbol? local = declaration is VariableDeclaratorSyntax declarator
                ? semanticModel.GetDeclaredSymbol(declarator, cancellationToken)
                : semanticModel.GetSymbolInfo(((AssignmentExpressionSyntax)declaration).Left, cancellationToken).Symbol;
            if (!(local is ILocalSymbol))
            {
                return false;
            }

            SyntaxNode? scope = declaration.FirstAncestorOrSelf<SyntaxNode>(n => n is BlockSyntax || n is CompilationUnitSyntax || n is SwitchSectionSyntax);
            if (scope == null)
            {
                return false;
            }

            foreach (IdentifierNameSyntax use in IdentifierIndex.Named(scope, name))
            {
                if (use.SpanStart > declaration.SpanStart
                    && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(use, cancellationToken).Symbol, local)
                    && Reaches(use, semanticModel, matcher, steps, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private static SyntaxNode SkipTransparentParents(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax
                   || node.Parent is CastExpressionSyntax
                   || node.Parent is AwaitExpressionSyntax
                   || (node.Parent is PostfixUnaryExpressionSyntax postfix && postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression)))
            {
                node = node.Parent;
            }

            return node;
        }

        private static bool IsWrapper(IMethodSymbol method)
        {
            string typeName = method.ContainingType?.Name ?? string.Empty;
            return Array.IndexOf(WrapperTypes, typeName) >= 0;
        }
    }
}
