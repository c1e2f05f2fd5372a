using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// Where does a payload go? Follows it, a few steps at most, through serializers and content factories
    /// (<c>BinaryContent.Create(BinaryData.FromObjectAsJson(payload))</c>, <c>BinaryContent.CreateJson(payload)</c>,
    /// <c>new StringContent(json)</c>, a form read with <c>ReadAsStreamAsync</c> or copied with <c>CopyToAsync</c>) and
    /// through locals, to the OpenAI SDK's <c>VideoClient</c>, a method listed in <c>video_methods</c>, or an HTTP call
    /// to a <c>/videos</c> URL (<c>PostAsJsonAsync</c>, <c>PostAsync</c>, <c>PutAsJsonAsync</c>, the <c>Content</c> of a
    /// POST <c>HttpRequestMessage</c>). On the way it notes the first serializer's naming policy, and at the end the
    /// endpoint's host: the result is the payload's one <see cref="Destination"/>.
    /// </summary>
    internal static class PayloadFlow
    {
        private const int MaxSteps = 8;

        private const string ContentProperty = "Content";

        // HttpClient's calls (and the System.Net.Http.Json extensions) that send a body to a URL.
        private static readonly string[] HttpSendNames = { "PostAsJsonAsync", "PostAsync", "PutAsJsonAsync", "PutAsync" };

        // Types whose methods (or constructors) pass a payload on without changing what the API receives, by full name
        // (a user's own `StringContent` is not the framework's).
        private static readonly (string Namespace, string Name)[] WrapperTypes =
        {
            ("System.ClientModel", "BinaryContent"), ("System", "BinaryData"), ("System.Net.Http.Json", "JsonContent"),
            ("System.Net.Http", "StringContent"), ("System.Net.Http", "ByteArrayContent"), ("System.Net.Http", "StreamContent"),
            ("System.Net.Http", "HttpContent"), ("System.Net.Http", "MultipartFormDataContent"), ("System.Net.Http", "MultipartContent"),
            ("System.Text.Json", "JsonSerializer"), ("Newtonsoft.Json", "JsonConvert"), ("System.Text", "Encoding"),
            ("Azure.Core", "RequestContent"), ("System.IO", "MemoryStream"), ("System.IO", "Stream"),
        };

        // What those calls look like in syntax (method names, and type names for constructors): a call with any other
        // name neither passes a payload on nor, unless it names a video method, receives one. Checked before binding.
        private static readonly string[] WrapperCallNames =
        {
            "Create", "CreateJson", "FromObjectAsJson", "FromString", "FromBytes", "FromStream", "FromStreamAsync", "Serialize",
            "SerializeObject", "SerializeToUtf8Bytes", "GetBytes", "StringContent", "JsonContent", "ByteArrayContent",
            "StreamContent", "BinaryData", "BinaryContent", "ReadAsStreamAsync", "ReadAsByteArrayAsync", "ReadAsStringAsync",
            "ToArray", "MemoryStream",
        };

        public static Destination DestinationOf(SyntaxNode payload, SemanticModel semanticModel, SoraClientMatcher matcher, ClientHosts hosts, CancellationToken cancellationToken)
        {
            var walk = new Walk(semanticModel, matcher, hosts, cancellationToken);
            Destination destination = walk.From(payload, MaxSteps);
            return destination.WithNaming(walk.Naming ?? NamingPolicy.Unknown);
        }

        /// <summary>The destination of a call that sends a request itself: a listed method, the SDK's <c>VideoClient</c>, or none.</summary>
        public static Destination OfCall(IInvocationOperation? call, SoraClientMatcher matcher, ClientHosts hosts, CancellationToken cancellationToken)
            => call == null ? Destination.Nowhere
                : matcher.IsListed(call.TargetMethod) ? new Destination(EntryPoint.ListedMethod, host: null, NamingPolicy.Unknown)
                : SoraClientMatcher.IsVideoClientCall(call.TargetMethod) ? new Destination(EntryPoint.VideosEndpoint, hosts.OfSdkClient(call.Instance, cancellationToken), NamingPolicy.Unknown)
                : Destination.Nowhere;

        private sealed class Walk
        {
            private readonly SemanticModel _semanticModel;
            private readonly SoraClientMatcher _matcher;
            private readonly ClientHosts _hosts;
            private readonly CancellationToken _cancellationToken;

            public Walk(SemanticModel semanticModel, SoraClientMatcher matcher, ClientHosts hosts, CancellationToken cancellationToken)
            {
                _semanticModel = semanticModel;
                _matcher = matcher;
                _hosts = hosts;
                _cancellationToken = cancellationToken;
            }

            // Inside a helper the payload was handed to: its parameters' values at the call (a URL, a client).
            private System.Collections.Generic.Dictionary<IParameterSymbol, IOperation>? _helperArguments;

            /// <summary>The naming policy of the first serializer the payload went through; null when none was met.</summary>
            public NamingPolicy? Naming { get; private set; }

            public Destination From(SyntaxNode node, int steps)
            {
                while (steps-- > 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    SyntaxNode expression = SkipTransparentParents(node);
                    switch (expression.Parent)
                    {
                        case ArgumentSyntax argument when argument.Parent?.Parent is ExpressionSyntax call:
                            // A call of another name may still be a helper of this file that sends the payload: bound only outside a helper.
                            if ((!MayReceivePayload(call) && _helperArguments != null) || !(_semanticModel.GetOperation(call, _cancellationToken) is IOperation callOperation))
                            {
                                return Destination.Nowhere;
                            }

                            IMethodSymbol? method = callOperation switch
                            {
                                IInvocationOperation invocation => invocation.TargetMethod,
                                IObjectCreationOperation creation => creation.Constructor,
                                _ => null,
                            };
                            if (method == null)
                            {
                                return Destination.Nowhere;
                            }

                            NoteSerializer(callOperation);
                            if (callOperation is IInvocationOperation sent)
                            {
                                Destination byCall = OfCall(sent, _matcher, _hosts, _cancellationToken);
                                if (byCall.Entry != EntryPoint.None)
                                {
                                    return byCall;
                                }

                                if (IsHttpSend(method))
                                {
                                    return ToUrl(sent.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value, HttpClientOf(sent));
                                }
                            }

                            if (!IsWrapper(method))
                            {
                                return callOperation is IInvocationOperation helperCall ? IntoHelper(helperCall, argument, steps) : Destination.Nowhere;
                            }

                            node = call;
                            break;
                        case MemberAccessExpressionSyntax member when member.Expression == expression && member.Parent is InvocationExpressionSyntax invocationSyntax:
                            // payload.ReadAsStreamAsync(): a call on the payload passes it on only if it is a wrapper;
                            // form.CopyToAsync(stream) passes it into the stream.
                            if (member.Name.Identifier.ValueText == "CopyToAsync" || member.Name.Identifier.ValueText == "CopyTo")
                            {
                                return IntoStream(invocationSyntax, steps);
                            }

                            if (Array.IndexOf(WrapperCallNames, member.Name.Identifier.ValueText) < 0
                                || !(_semanticModel.GetSymbolInfo(invocationSyntax, _cancellationToken).Symbol is IMethodSymbol instanceMethod)
                                || !IsWrapper(instanceMethod))
                            {
                                return Destination.Nowhere;
                            }

                            node = invocationSyntax;
                            break;
                        case EqualsValueClauseSyntax initializer when initializer.Parent is VariableDeclaratorSyntax declarator:
                            return LocalReaches(declarator, declarator.Identifier.ValueText, steps);
                        case AssignmentExpressionSyntax assignment when assignment.Right == expression && IsContentTarget(assignment.Left):
                            return RequestMessage(assignment);
                        case AssignmentExpressionSyntax assignment when assignment.Right == expression && assignment.Left is IdentifierNameSyntax target:
                            return LocalReaches(assignment, target.Identifier.ValueText, steps);
                        default:
                            return Destination.Nowhere;
                    }
                }

                return Destination.Nowhere;
            }

            private void NoteSerializer(IOperation call)
            {
                if (Naming == null && call is IInvocationOperation invocation && SerializerNaming.Serializes(invocation.TargetMethod))
                {
                    Naming = SerializerNaming.ForCall(invocation, _cancellationToken);
                }
            }

            private Destination ToUrl(IOperation? url, IOperation? client)
            {
                RequestUrl read = RequestUrl.Read(AtCall(url), _cancellationToken);
                return read.IsVideos
                    ? new Destination(EntryPoint.VideosEndpoint, read.Host ?? _hosts.OfHttpClient(AtCall(client), _cancellationToken), NamingPolicy.Unknown)
                    : Destination.Nowhere;
            }

            /// <summary>Inside a helper, a parameter's value is the argument its call passed.</summary>
            private IOperation? AtCall(IOperation? value)
            {
                return value.WithoutConversions() is IParameterReferenceOperation parameter && _helperArguments != null && _helperArguments.TryGetValue(parameter.Parameter, out IOperation? argument)
                    ? argument
                    : value;
            }

            /// <summary>
            /// A payload handed to a helper of this file that sends it (<c>SendAsync(url, body)</c>): followed through the
            /// helper's parameter, with the URL and client the call passes. One level, so a chain of helpers ends here.
            /// </summary>
            private Destination IntoHelper(IInvocationOperation call, ArgumentSyntax argumentSyntax, int steps)
            {
                if (_helperArguments != null
                    || !(call.Arguments.FirstOrDefault(a => a.Syntax == argumentSyntax)?.Parameter is IParameterSymbol parameter)
                    || call.TargetMethod.DeclaringSyntaxReferences.Length != 1
                    || call.TargetMethod.DeclaringSyntaxReferences[0].SyntaxTree != _semanticModel.SyntaxTree
                    || !(call.TargetMethod.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is BaseMethodDeclarationSyntax declaration)
                    || !(((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is SyntaxNode body))
                {
                    return Destination.Nowhere;
                }

                _helperArguments = new System.Collections.Generic.Dictionary<IParameterSymbol, IOperation>(SymbolEqualityComparer.Default);
                foreach (IArgumentOperation argument in call.Arguments)
                {
                    if (argument.Parameter != null)
                    {
                        _helperArguments[argument.Parameter.OriginalDefinition] = argument.Value;
                    }
                }

                try
                {
                    foreach (IdentifierNameSyntax use in LocalFlow.Mentions(body, parameter.Name))
                    {
                        Destination destination = From(use, steps);
                        if (destination.Entry != EntryPoint.None
                            && SymbolEqualityComparer.Default.Equals(_semanticModel.GetSymbolInfo(use, _cancellationToken).Symbol, parameter.OriginalDefinition))
                        {
                            return destination;
                        }
                    }

                    return Destination.Nowhere;
                }
                finally
                {
                    _helperArguments = null;
                }
            }

            // PostAsJsonAsync is an extension: its client is the first argument; PostAsync is the client's own method.
            private static IOperation? HttpClientOf(IInvocationOperation send)
                => send.Instance ?? (send.TargetMethod.IsExtensionMethod && send.Arguments.Length > 0 ? send.Arguments[0].Value : null);

            /// <summary><c>await form.CopyToAsync(stream)</c>: the payload is now in the stream local, read from its later uses.</summary>
            private Destination IntoStream(InvocationExpressionSyntax copy, int steps)
            {
                if (copy.ArgumentList.Arguments.Count == 0
                    || !(_semanticModel.GetSymbolInfo(copy.ArgumentList.Arguments[0].Expression, _cancellationToken).Symbol is ILocalSymbol stream)
                    || !(LocalFlow.DeclaratorOf(stream, _semanticModel.SyntaxTree, _cancellationToken) is VariableDeclaratorSyntax declarator))
                {
                    return Destination.Nowhere;
                }

                return LocalReaches(declarator, stream.Name, steps, after: copy.SpanStart);
            }

            // `Content = payload` in an object initializer, or `message.Content = payload`.
            private static bool IsContentTarget(ExpressionSyntax left)
                => (left is IdentifierNameSyntax name && name.Identifier.ValueText == ContentProperty)
                   || (left is MemberAccessExpressionSyntax member && member.Name.Identifier.ValueText == ContentProperty && member.Expression is IdentifierNameSyntax);

            /// <summary>The payload becomes the <c>Content</c> of a POST <c>HttpRequestMessage</c> to a <c>/videos</c> URL, sent later by <c>SendAsync</c>.</summary>
            private Destination RequestMessage(AssignmentExpressionSyntax assignment)
            {
                ILocalSymbol? messageLocal = null;
                SyntaxNode? creation;
                if (assignment.Left is MemberAccessExpressionSyntax member)
                {
                    messageLocal = _semanticModel.GetSymbolInfo(member.Expression, _cancellationToken).Symbol as ILocalSymbol;
                    creation = messageLocal != null ? LocalFlow.WritesOf(messageLocal, _semanticModel, _cancellationToken)?.OnlyValue : null;
                }
                else
                {
                    creation = assignment.Parent is InitializerExpressionSyntax initializer ? initializer.Parent : null;
                    if (creation?.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
                    {
                        messageLocal = _semanticModel.GetDeclaredSymbol(declarator, _cancellationToken) as ILocalSymbol;
                    }
                }

                if (!(creation is BaseObjectCreationExpressionSyntax
                      && _semanticModel.GetOperation(creation, _cancellationToken) is IObjectCreationOperation message
                      && CompilationTypes.IsNamed(message.Type, "System.Net.Http", "HttpRequestMessage")))
                {
                    return Destination.Nowhere;
                }

                IOperation? method = message.Arguments.FirstOrDefault(a => a.Parameter?.Name == "method")?.Value;
                bool isPost = method is IPropertyReferenceOperation { Property.Name: "Post" }
                              || (method is IObjectCreationOperation { Arguments.Length: 1 } custom && custom.Arguments[0].Value.ConstantValue.Value is string verb && verb.Equals("POST", StringComparison.OrdinalIgnoreCase));
                return isPost
                    ? ToUrl(message.Arguments.FirstOrDefault(a => a.Parameter?.Name == "requestUri")?.Value, messageLocal != null ? SenderOf(messageLocal) : null)
                    : Destination.Nowhere;
            }

            /// <summary>The client of <c>client.SendAsync(message)</c>, for the host of a relative URL.</summary>
            private IOperation? SenderOf(ILocalSymbol message)
            {
                if (!(LocalFlow.DeclaratorOf(message, _semanticModel.SyntaxTree, _cancellationToken) is VariableDeclaratorSyntax declarator)
                    || !(LocalFlow.ScopeOf(declarator) is SyntaxNode scope))
                {
                    return null;
                }

                foreach (IdentifierNameSyntax use in LocalFlow.Mentions(scope, message.Name))
                {
                    if (use.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SendAsync" or "Send" } } send }
                        && _semanticModel.GetOperation(send, _cancellationToken) is IInvocationOperation sendOperation)
                    {
                        return sendOperation.Instance;
                    }
                }

                return null;
            }

            private Destination LocalReaches(SyntaxNode declaration, string name, int steps, int after = -1)
            {
                // A field or a property initializer is no local: where it goes is beyond one method body.
                SyntaxNode? scope = declaration is VariableDeclaratorSyntax declarator
                    ? LocalFlow.ScopeOf(declarator)
                    : AssignedLocal(declaration) is ILocalSymbol assigned
                      && LocalFlow.DeclaratorOf(assigned, _semanticModel.SyntaxTree, _cancellationToken) is VariableDeclaratorSyntax assignedDeclarator
                        ? LocalFlow.ScopeOf(assignedDeclarator)
                        : null;
                if (scope == null)
                {
                    return Destination.Nowhere;
                }

                // Where a use goes is mostly decided by syntax: the local is only bound for a use that gets somewhere.
                int start = Math.Max(after, declaration.SpanStart);
                ISymbol? local = null;
                foreach (IdentifierNameSyntax use in LocalFlow.Mentions(scope, name))
                {
                    if (use.SpanStart <= start)
                    {
                        continue;
                    }

                    NamingPolicy? namingBefore = Naming;
                    Destination destination = From(use, steps);
                    if (destination.Entry == EntryPoint.None)
                    {
                        Naming = namingBefore;
                        continue;
                    }

                    local ??= declaration is VariableDeclaratorSyntax declared
                        ? _semanticModel.GetDeclaredSymbol(declared, _cancellationToken)
                        : AssignedLocal(declaration);
                    if (!(local is ILocalSymbol localSymbol))
                    {
                        return Destination.Nowhere;
                    }

                    if (LocalFlow.IsLocal(use, localSymbol, _semanticModel, _cancellationToken))
                    {
                        return destination;
                    }

                    Naming = namingBefore;
                }

                return Destination.Nowhere;
            }

            private ISymbol? AssignedLocal(SyntaxNode assignment)
                => _semanticModel.GetSymbolInfo(((AssignmentExpressionSyntax)assignment).Left, _cancellationToken).Symbol;

            private bool MayReceivePayload(ExpressionSyntax call)
            {
                string? name = call switch
                {
                    InvocationExpressionSyntax invocation => RightmostName(invocation.Expression),
                    ObjectCreationExpressionSyntax creation => RightmostName(creation.Type),
                    _ => null, // new(...) names no type: bind it.
                };
                return name == null || _matcher.MayBeSoraClientName(name) || Array.IndexOf(HttpSendNames, name) >= 0 || Array.IndexOf(WrapperCallNames, name) >= 0;
            }
        }

        private static SyntaxNode SkipTransparentParents(SyntaxNode node)
        {
            while (node.Parent is ParenthesizedExpressionSyntax
                   || node.Parent is CastExpressionSyntax
                   || node.Parent is AwaitExpressionSyntax
                   || (node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure && configure.Expression == node && configure.Parent is InvocationExpressionSyntax)
                   || (node.Parent is InvocationExpressionSyntax configured && configured.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } && node == configured.Expression)
                   || (node.Parent is PostfixUnaryExpressionSyntax postfix && postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression)))
            {
                node = node.Parent;
            }

            return node;
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

        // HttpClient.PostAsync, HttpClientJsonExtensions.PostAsJsonAsync: not a method of the user's that has the same name.
        private static bool IsHttpSend(IMethodSymbol method)
            => Array.IndexOf(HttpSendNames, method.Name) >= 0
               && (CompilationTypes.IsNamed(method.ContainingType, "System.Net.Http", "HttpClient")
                   || CompilationTypes.IsNamed(method.ContainingType, "System.Net.Http.Json", "HttpClientJsonExtensions"));

        private static bool IsWrapper(IMethodSymbol method)
        {
            for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
            {
                foreach ((string ns, string name) in WrapperTypes)
                {
                    if (CompilationTypes.IsNamed(type, ns, name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
