using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Policy;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Where does a payload go? Follows it through serializers and content factories
    /// (<c>BinaryContent.Create(BinaryData.FromObjectAsJson(payload))</c>, <c>new StringContent(json)</c>) and
    /// through locals, a few steps at most, to a Sora client (<see cref="SoraClientMatcher"/>) or an HTTP call to a
    /// <c>/videos</c> URL (<c>PostAsJsonAsync</c>, <c>PostAsync</c>, <c>PutAsJsonAsync</c>, the <c>Content</c> of a
    /// POST <c>HttpRequestMessage</c>). Runs only for payloads whose model does not already decide.
    /// </summary>
    internal static class PayloadFlow
    {
        private const int MaxSteps = 6;

        private const string ContentProperty = "Content";

        // HttpClient's calls (and the System.Net.Http.Json extensions) that send a body to a URL.
        private static readonly string[] HttpSendNames = { "PostAsJsonAsync", "PostAsync", "PutAsJsonAsync", "PutAsync" };

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

        public static EntryPoint EntryOf(SyntaxNode payload, SemanticModel semanticModel, SoraClientMatcher matcher, CancellationToken cancellationToken)
            => Reaches(payload, semanticModel, matcher, MaxSteps, cancellationToken);

        private static EntryPoint Reaches(SyntaxNode node, SemanticModel semanticModel, SoraClientMatcher matcher, int steps, CancellationToken cancellationToken)
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
                            return EntryPoint.None;
                        }

                        if (matcher.IsSoraClient(method))
                        {
                            return EntryPoint.SoraClient;
                        }

                        if (Array.IndexOf(HttpSendNames, method.Name) >= 0)
                        {
                            return SendsToVideos(call, semanticModel, cancellationToken) ? EntryPoint.VideosEndpoint : EntryPoint.None;
                        }

                        if (!IsWrapper(method))
                        {
                            return EntryPoint.None;
                        }

                        node = call;
                        break;
                    case MemberAccessExpressionSyntax member when member.Expression == expression && member.Parent is InvocationExpressionSyntax invocation:
                        // payload.ToString(), json.AsSpan(): a call on the payload itself passes it on only if it is a wrapper.
                        if (Array.IndexOf(WrapperCallNames, member.Name.Identifier.ValueText) < 0
                            || !(semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol instanceMethod)
                            || !IsWrapper(instanceMethod))
                        {
                            return EntryPoint.None;
                        }

                        node = invocation;
                        break;
                    case EqualsValueClauseSyntax initializer when initializer.Parent is VariableDeclaratorSyntax declarator:
                        return LocalReaches(declarator, declarator.Identifier.ValueText, semanticModel, matcher, steps, cancellationToken);
                    case AssignmentExpressionSyntax assignment when assignment.Right == expression && IsContentTarget(assignment.Left):
                        return RequestMessageGoesToVideos(assignment, semanticModel, cancellationToken) ? EntryPoint.VideosEndpoint : EntryPoint.None;
                    case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.Left is IdentifierNameSyntax target:
                        return LocalReaches(assignment, target.Identifier.ValueText, semanticModel, matcher, steps, cancellationToken);
                    default:
                        return EntryPoint.None;
                }
            }

            return EntryPoint.None;
        }

        /// <summary>The <c>requestUri</c> of an HttpClient send call is a <c>/videos</c> URL.</summary>
        private static bool SendsToVideos(ExpressionSyntax call, SemanticModel semanticModel, CancellationToken cancellationToken)
            => semanticModel.GetOperation(call, cancellationToken) is IInvocationOperation invocation
               && VideosUrl.Is(invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value, cancellationToken);

        // `Content = payload` in an object initializer, or `message.Content = payload`.
        private static bool IsContentTarget(ExpressionSyntax left)
            => (left is IdentifierNameSyntax name && name.Identifier.ValueText == ContentProperty)
               || (left is MemberAccessExpressionSyntax member && member.Name.Identifier.ValueText == ContentProperty && member.Expression is IdentifierNameSyntax);

        /// <summary>The payload becomes the <c>Content</c> of a POST <c>HttpRequestMessage</c> to a <c>/videos</c> URL (sent later by <c>SendAsync</c>).</summary>
        private static bool RequestMessageGoesToVideos(AssignmentExpressionSyntax assignment, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            SyntaxNode? creation = assignment.Left is MemberAccessExpressionSyntax member
                ? semanticModel.GetSymbolInfo(member.Expression, cancellationToken).Symbol is ILocalSymbol messageLocal
                    ? LocalFlow.WritesOf(messageLocal, semanticModel, cancellationToken)?.OnlyValue
                    : null
                : assignment.Parent is InitializerExpressionSyntax initializer ? initializer.Parent : null;
            if (!(creation is BaseObjectCreationExpressionSyntax
                  && semanticModel.GetOperation(creation, cancellationToken) is IObjectCreationOperation message
                  && message.Type?.Name == "HttpRequestMessage"))
            {
                return false;
            }

            IOperation? method = message.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
            bool isPost = method is IPropertyReferenceOperation { Property.Name: "Post" }
                          || (method is IObjectCreationOperation { Arguments.Length: 1 } custom && custom.Arguments[0].Value.ConstantValue.Value is string verb && verb.Equals("POST", StringComparison.OrdinalIgnoreCase));
            return isPost && VideosUrl.Is(message.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value, cancellationToken);
        }

        private static EntryPoint LocalReaches(SyntaxNode declaration, string name, SemanticModel semanticModel, SoraClientMatcher matcher, int steps, CancellationToken cancellationToken)
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
                return EntryPoint.None;
            }

            // Where a use goes is mostly decided by syntax: the local is only bound for a use that gets somewhere.
            ISymbol? local = null;
            foreach (IdentifierNameSyntax use in LocalFlow.Mentions(scope, name))
            {
                if (use.SpanStart > declaration.SpanStart
                    && Reaches(use, semanticModel, matcher, steps, cancellationToken) is EntryPoint entry && entry != EntryPoint.None)
                {
                    local ??= declaration is VariableDeclaratorSyntax declared
                        ? semanticModel.GetDeclaredSymbol(declared, cancellationToken)
                        : AssignedLocal(declaration, semanticModel, cancellationToken);
                    if (!(local is ILocalSymbol localSymbol))
                    {
                        return EntryPoint.None;
                    }

                    if (LocalFlow.IsLocal(use, localSymbol, semanticModel, cancellationToken))
                    {
                        return entry;
                    }
                }
            }

            return EntryPoint.None;
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

        private static bool MayReceivePayload(ExpressionSyntax call, SoraClientMatcher matcher)
        {
            string? name = call switch
            {
                InvocationExpressionSyntax invocation => RightmostName(invocation.Expression),
                ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                _ => null, // new(...) names no type: bind it.
            };
            return name == null || matcher.MayBeSoraClientName(name) || Array.IndexOf(HttpSendNames, name) >= 0 || Array.IndexOf(WrapperCallNames, name) >= 0;
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
