using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// The host a client sends to, when its creation is in sight (docs/design.md, "Destination"): an
    /// <c>HttpClient</c>'s <c>BaseAddress</c> (set in its object initializer, assigned on the local or in the type that
    /// holds the client, or in the configuration lambda of <c>AddHttpClient&lt;T&gt;</c> for a typed client), and the
    /// OpenAI SDK's <c>VideoClient</c> / <c>OpenAIClient</c> (created without an endpoint: <c>api.openai.com</c>; with
    /// <c>OpenAIClientOptions { Endpoint = ... }</c> in sight: that host). A client whose creation is not in sight (a
    /// parameter, an injected field) names no host. One instance per compilation.
    /// </summary>
    internal sealed class ClientHosts
    {
        public const string OpenAIHost = "api.openai.com";

        private const string BaseAddress = "BaseAddress";

        private readonly Compilation _compilation;
        private readonly System.Lazy<ImmutableDictionary<ITypeSymbol, string?>> _typedClients;

        public ClientHosts(Compilation compilation, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _typedClients = new System.Lazy<ImmutableDictionary<ITypeSymbol, string?>>(() => FindTypedClients(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The host an <c>HttpClient</c> sends a relative URL to.</summary>
        public string? OfHttpClient(IOperation? client, CancellationToken cancellationToken)
        {
            client = client.WithoutConversions();
            if (client == null)
            {
                return null;
            }

            IOperation? created = client is IObjectCreationOperation ? client : MemberValue.WrittenOnce(client, cancellationToken);
            if (created.WithoutConversions() is IObjectCreationOperation { Initializer: { } initializer }
                && AssignedIn(initializer.Initializers, BaseAddress) is IOperation address)
            {
                return RequestUrl.Read(address, cancellationToken).Host;
            }

            ISymbol? symbol = client switch
            {
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (symbol == null || client.SemanticModel == null)
            {
                return null;
            }

            if (BaseAddressAssignment(symbol, client, cancellationToken) is IOperation assigned)
            {
                return RequestUrl.Read(assigned, cancellationToken).Host;
            }

            // A typed client: the HttpClient injected into the type is configured where the type is registered.
            return symbol is IFieldSymbol || symbol is IPropertySymbol
                ? _typedClients.Value.TryGetValue(symbol.ContainingType, out string? host) ? host : null
                : null;
        }

        /// <summary>The host an OpenAI SDK client (<c>VideoClient</c>, or the <c>OpenAIClient</c> it came from) calls.</summary>
        public string? OfSdkClient(IOperation? client, CancellationToken cancellationToken)
        {
            for (int step = 0; step < 4; step++)
            {
                client = client.WithoutConversions();
                switch (client)
                {
                    case null:
                        return null;
                    case IObjectCreationOperation creation when IsOpenAIClientType(creation.Type):
                        return OfClientCreation(creation, cancellationToken);
                    case IInvocationOperation { TargetMethod.Name: "GetVideoClient" } getter when IsOpenAIClientType(getter.TargetMethod.ContainingType):
                        client = getter.Instance;
                        break;
                    default:
                        client = MemberValue.WrittenOnce(client, cancellationToken);
                        break;
                }
            }

            return null;
        }

        private static string? OfClientCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            IArgumentOperation? optionsArgument = creation.Arguments.FirstOrDefault(a => a.Parameter != null && IsOptionsType(a.Parameter.Type));
            if (optionsArgument == null || optionsArgument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return OpenAIHost;
            }

            IOperation? options = optionsArgument.Value.WithoutConversions();
            if (options != null && !(options is IObjectCreationOperation) && !options.ConstantValue.HasValue)
            {
                options = MemberValue.WrittenOnce(options, cancellationToken).WithoutConversions();
            }

            switch (options)
            {
                case ILiteralOperation { ConstantValue.Value: null }:
                    return OpenAIHost;
                case IObjectCreationOperation optionsCreation:
                    IOperation? endpoint = optionsCreation.Initializer != null ? AssignedIn(optionsCreation.Initializer.Initializers, "Endpoint") : null;
                    return endpoint != null ? RequestUrl.Read(endpoint, cancellationToken).Host : OpenAIHost;
                default:
                    return null;
            }
        }

        private static IOperation? AssignedIn(ImmutableArray<IOperation> initializers, string property)
        {
            foreach (IOperation element in initializers)
            {
                if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && target.Property.Name == property)
                {
                    return assignment.Value;
                }
            }

            return null;
        }

        /// <summary><c>client.BaseAddress = ...</c>, once, where the client is in sight: the local's method, or the field's type.</summary>
        private static IOperation? BaseAddressAssignment(ISymbol client, IOperation reference, CancellationToken cancellationToken)
        {
            SemanticModel semanticModel = reference.SemanticModel!;
            IEnumerable<SyntaxNode> scopes = client is ILocalSymbol
                ? reference.Syntax.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().Take(1)
                : client.ContainingType.DeclaringSyntaxReferences.Where(r => r.SyntaxTree == semanticModel.SyntaxTree).Select(r => r.GetSyntax(cancellationToken));
            ExpressionSyntax? only = null;
            foreach (SyntaxNode scope in scopes)
            {
                foreach (SyntaxNode node in scope.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: BaseAddress } target } assignment
                        && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(target.Expression, cancellationToken).Symbol, client))
                    {
                        if (only != null)
                        {
                            return null;
                        }

                        only = assignment.Right;
                    }
                }
            }

            return only == null ? null : semanticModel.GetOperation(only, cancellationToken);
        }

        /// <summary>
        /// <c>services.AddHttpClient&lt;TClient&gt;(c =&gt; c.BaseAddress = new Uri(...))</c> (or <c>&lt;TClient, TImplementation&gt;</c>)
        /// anywhere in the compilation: the host of each typed client. Read once, only in files that mention the method.
        /// </summary>
        private ImmutableDictionary<ITypeSymbol, string?> FindTypedClients(CancellationToken cancellationToken)
        {
            var hosts = new Dictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default);
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                if (!tree.GetText(cancellationToken).ToString().Contains("AddHttpClient"))
                {
                    continue;
                }

                SemanticModel? semanticModel = null;
                foreach (InvocationExpressionSyntax call in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (!(call.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "AddHttpClient" } }))
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Registrations live in another file than the clients they configure: each such file is bound once per compilation.
                    semanticModel ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (!(semanticModel.GetOperation(call, cancellationToken) is IInvocationOperation registration) || registration.TargetMethod.TypeArguments.IsEmpty)
                    {
                        continue;
                    }

                    string? host = null;
                    foreach (IArgumentOperation argument in registration.Arguments)
                    {
                        foreach (IOperation operation in argument.Value.DescendantsAndSelf())
                        {
                            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: BaseAddress } } assignment)
                            {
                                host = RequestUrl.Read(assignment.Value, cancellationToken).Host;
                            }
                        }
                    }

                    foreach (ITypeSymbol client in registration.TargetMethod.TypeArguments)
                    {
                        hosts[client] = hosts.TryGetValue(client, out string? known) && known != host ? null : host;
                    }
                }
            }

            return hosts.ToImmutableDictionary(SymbolEqualityComparer.Default);
        }

        private static bool IsOpenAIClientType(ITypeSymbol? type)
            => type != null
               && (type.Name == "VideoClient" || type.Name == "OpenAIClient")
               && type.ContainingNamespace?.ToDisplayString() is "OpenAI" or "OpenAI.Videos";

        // OpenAIClientOptions, VideoClientOptions: the SDK's client options, which carry the endpoint.
        private static bool IsOptionsType(ITypeSymbol type)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name.EndsWith("ClientOptions", System.StringComparison.Ordinal)
                    && current.ContainingNamespace?.ToDisplayString() is string ns
                    && (ns == "OpenAI" || ns.StartsWith("OpenAI.", System.StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
