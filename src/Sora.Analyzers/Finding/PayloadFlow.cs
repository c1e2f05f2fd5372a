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

        // What those wrappers' calls look like in syntax (method names, and type names for constructors): a call with
        // any other name neither wraps a payload nor, unless it names a video method, receives one. Checked before binding.
        private static readonly string[] WrapperCallNames =
        {
            "Create", "FromObjectAsJson", "FromString", "FromBytes", "Serialize", "SerializeObject", "SerializeToUtf8Bytes",
            "GetBytes", "StringContent", "JsonContent", "ByteArrayContent", "BinaryData", "BinaryContent",
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
                        if (!MayReceivePayload(call, matcher) || !(semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method))
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
                        if (Array.IndexOf(WrapperCallNames, member.Name.Identifier.ValueText) < 0
                            || !(semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol instanceMethod)
                            || !IsWrapper(instanceMethod))
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
            // A field or a property initializer is no local: where it goes is beyond one method body.
            SyntaxNode? scope = declaration is VariableDeclaratorSyntax declarator
                ? LocalFlow.ScopeOf(declarator)
                : AssignedLocal(declaration, semanticModel, cancellationToken) is ILocalSymbol assigned
                    && LocalFlow.DeclaratorOf(assigned, semanticModel.SyntaxTree, cancellationToken) is VariableDeclaratorSyntax assignedDeclarator
                    ? LocalFlow.ScopeOf(assignedDeclarator)
                    : null;
            if (scope == null)
            {
                return false;
            }

            // Where a use goes is mostly decided by syntax: the local is only bound for a use that gets somewhere.
            ISymbol? local = null;
            foreach (IdentifierNameSyntax use in LocalFlow.Mentions(scope, name))
            {
                if (use.SpanStart > declaration.SpanStart
                    && Reaches(use, semanticModel, matcher, steps, cancellationToken))
                {
                    local ??= declaration is VariableDeclaratorSyntax declared
                        ? semanticModel.GetDeclaredSymbol(declared, cancellationToken)
                        : AssignedLocal(declaration, semanticModel, cancellationToken);
                    if (!(local is ILocalSymbol localSymbol))
                    {
                        return false;
                    }

                    if (LocalFlow.IsLocal(use, localSymbol, semanticModel, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static ISymbol? AssignedLocal(SyntaxNode assignment, SemanticModel semanticModel, CancellationToken cancellationToken)
            => semanticModel.GetSymbolInfo(((AssignmentExpressionSyntax)assignment).Left, cancellationToken).Symbol;

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

        private static bool MayReceivePayload(ExpressionSyntax call, VideoMethodMatcher matcher)
        {
            string? name = call switch
            {
                InvocationExpressionSyntax invocation => RightmostName(invocation.Expression),
                ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                _ => null, // new(...) names no type: bind it.
            };
            return name == null || matcher.MayBeVideoMethodName(name) || Array.IndexOf(WrapperCallNames, name) >= 0;
        }

        private static string? RightmostName(SyntaxNode expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };

        private static bool IsWrapper(IMethodSymbol method)
        {
            string typeName = method.ContainingType?.Name ?? string.Empty;
            return Array.IndexOf(WrapperTypes, typeName) >= 0;
        }
    }
}
