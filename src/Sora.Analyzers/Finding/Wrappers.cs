using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Options;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Finds the wrappers of a compilation, on demand and once per method: a method or local function of any name whose
    /// parameter flows (directly, through a local written once, <c>ToString()</c>, <c>Convert.ToString</c>, an
    /// interpolation, or as an argument of another wrapper) into the model, seconds or size of a Sora request in its
    /// body, where that request has evidence of its own (a Sora model, a Sora client, a <c>/videos</c> URL) or takes its
    /// model from the caller. Only methods whose names <see cref="WrapperCandidates"/> lists are read; a cycle of calls
    /// ends as "no wrapper". Safe under concurrent execution.
    /// </summary>
    internal sealed class Wrappers
    {
        private readonly Compilation _compilation;
        private readonly SettingsCache _settings;
        private readonly ClientHosts _hosts;
        private readonly System.Lazy<ImmutableHashSet<string>> _candidates;
        private readonly ConcurrentDictionary<IMethodSymbol, Wrapper?> _found = new ConcurrentDictionary<IMethodSymbol, Wrapper?>(SymbolEqualityComparer.Default);

        // The methods this thread is reading: a call back into one (recursion) is not followed, and an answer found with
        // such a cut is not kept, since it depends on where the reading started. Per thread, so concurrent callbacks never
        // see each other's half-read methods and the answers stay deterministic.
        [System.ThreadStatic]
        private static System.Collections.Generic.HashSet<IMethodSymbol>? s_reading;

        [System.ThreadStatic]
        private static bool s_cut;

        public Wrappers(Compilation compilation, SettingsCache settings, ClientHosts hosts, string[] hints, CancellationToken cancellationToken)
        {
            _compilation = compilation;
            _settings = settings;
            _hosts = hosts;
            _candidates = new System.Lazy<ImmutableHashSet<string>>(() => WrapperCandidates.Find(compilation.SyntaxTrees, hints, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The cheap test for every call: may <paramref name="method"/> be a wrapper at all (a source method with a candidate name)?</summary>
        public bool MayBeWrapper(IMethodSymbol method)
            => !method.Parameters.IsEmpty && _candidates.Value.Contains(method.Name) && method.Locations.Length > 0 && method.Locations[0].IsInSource;

        public Wrapper? Get(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (!MayBeWrapper(method))
            {
                return null;
            }

            IMethodSymbol definition = method.OriginalDefinition.ReducedFrom ?? method.OriginalDefinition;
            if (_found.TryGetValue(definition, out Wrapper? known))
            {
                return known;
            }

            System.Collections.Generic.HashSet<IMethodSymbol> reading = s_reading ??= new System.Collections.Generic.HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            if (!reading.Add(definition))
            {
                s_cut = true;
                return null;
            }

            bool cutAbove = s_cut;
            s_cut = false;
            try
            {
                // A cancelled read stores nothing: the next call reads the method again.
                Wrapper? wrapper = Read(definition, cancellationToken);
                return s_cut ? wrapper : _found.GetOrAdd(definition, wrapper);
            }
            finally
            {
                reading.Remove(definition);
                s_cut |= cutAbove;
            }
        }

        /// <summary>The request a call of <paramref name="wrapper"/> makes: the arguments of its forwarding parameters, and the wrapper's own model when the caller passes none.</summary>
        public static VideoRequest CallRequest(IOperation call, ImmutableArray<IArgumentOperation> arguments, Wrapper wrapper, CancellationToken cancellationToken)
            => VideoCallFinder.Find(
                call,
                arguments,
                wrapper.PropertyOf,
                wrapper.InnerModel,
                cancellationToken);

        private Wrapper? Read(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.DeclaringSyntaxReferences.Length != 1
                || !(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is SyntaxNode declaration)
                || !(BodyOf(declaration) is SyntaxNode body)
                || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // A wrapper may be declared in another file than its call: its body is read once per compilation, and cached.
            SemanticModel semanticModel = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
            // The declaration's operation (a method body, a local function) holds the body, whatever its form.
            if (!(semanticModel.GetOperation(declaration, cancellationToken) is IOperation bodyOperation))
            {
                return null;
            }

            AnalyzerSettings settings = _settings.For(declaration.SyntaxTree);
            foreach (IOperation operation in bodyOperation.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (InnerRequest(operation, settings, cancellationToken) is (VideoRequest inner, Destination destination)
                    && ForWrapper(method, body, inner, destination, semanticModel, settings, cancellationToken) is Wrapper wrapper)
                {
                    return wrapper;
                }
            }

            return null;
        }

        /// <summary>A request built by <paramref name="operation"/> and where it goes, as the analysis of a body would find it.</summary>
        private (VideoRequest Request, Destination Destination)? InnerRequest(IOperation operation, AnalyzerSettings settings, CancellationToken cancellationToken)
        {
            switch (operation)
            {
                case IAnonymousObjectCreationOperation anonymous when AnonymousObjectFinder.Find(anonymous, cancellationToken) is VideoRequest payload:
                    return (payload, PayloadDestination(anonymous, settings, cancellationToken));
                case IObjectCreationOperation { Initializer: { } initializer } creation when ObjectInitializerFinder.Find(initializer, cancellationToken) is VideoRequest payload:
                    return (payload, PayloadDestination(creation, settings, cancellationToken));
                case IInvocationOperation invocation:
                    IMethodSymbol target = invocation.TargetMethod;
                    if (Get(target, cancellationToken) is Wrapper inner)
                    {
                        return (CallRequest(invocation, invocation.Arguments, inner, cancellationToken), inner.Destination);
                    }

                    Destination called = PayloadFlow.OfCall(invocation, settings.Matcher, _hosts, cancellationToken);
                    return called.Entry == EntryPoint.ListedMethod || VideoCallFinder.IsCandidate(target)
                        ? (VideoCallFinder.Find(invocation, invocation.Arguments, cancellationToken), called)
                        : ((VideoRequest, Destination)?)null;
                default:
                    return null;
            }
        }

        private Destination PayloadDestination(IOperation payload, AnalyzerSettings settings, CancellationToken cancellationToken)
            => payload.SemanticModel == null ? Destination.Nowhere : PayloadFlow.DestinationOf(payload.Syntax, payload.SemanticModel, settings.Matcher, _hosts, cancellationToken);

        /// <summary>
        /// <paramref name="method"/> as a wrapper of <paramref name="inner"/>: the parameters it forwards, and whether the
        /// request is a Sora one without the caller (its own model, where it goes) or may be with the caller's model.
        /// </summary>
        private static Wrapper? ForWrapper(IMethodSymbol method, SyntaxNode body, VideoRequest inner, Destination destination, SemanticModel semanticModel, AnalyzerSettings settings, CancellationToken cancellationToken)
        {
            var forwarded = ImmutableDictionary.CreateBuilder<int, RequestProperty>();
            Forward(RequestProperty.Model, inner.Model);
            Forward(RequestProperty.Seconds, inner.Seconds);
            Forward(RequestProperty.Size, inner.Size);
            if (forwarded.Count == 0)
            {
                return null;
            }

            bool forwardsModel = forwarded.Values.Contains(RequestProperty.Model);
            RequestValue? innerModel = forwardsModel || inner.Model == null || !inner.Model.IsKnown ? null : inner.Model.WithoutEdit();
            TableChoice choice = settings.TableFor(destination.Host);

            // The wrapper's own constant model decides, as for any request: another provider's model is no video request.
            if (innerModel != null && destination.Entry != EntryPoint.ListedMethod && !ModelNameMatcher.IsKnownOrClose(innerModel.Text!, choice.Table))
            {
                return null;
            }

            // A model the wrapper reads at run time, or none: a video request only where a table was chosen for it and it
            // reaches a video endpoint (docs/design.md, "Precision").
            if (innerModel == null && !forwardsModel && (!choice.Chosen || destination.Entry == EntryPoint.None))
            {
                return null;
            }

            return new Wrapper(forwarded.ToImmutable(), innerModel, destination);

            void Forward(RequestProperty property, RequestValue? value)
            {
                if (value != null && !value.IsKnown && value.Expression != null
                    && ForwardedParameter(value.Expression, method, semanticModel, cancellationToken, depth: 4) is IParameterSymbol parameter
                    && !LocalFlow.IsWritten(parameter, body, semanticModel, cancellationToken))
                {
                    forwarded[parameter.Ordinal] = property;
                }
            }
        }

        /// <summary>The parameter of <paramref name="method"/> whose value <paramref name="value"/> is, as text or as itself.</summary>
        private static IParameterSymbol? ForwardedParameter(IOperation value, IMethodSymbol method, SemanticModel semanticModel, CancellationToken cancellationToken, int depth)
        {
            value = value.WithoutConversions()!;
            if (depth == 0)
            {
                return null;
            }

            switch (value)
            {
                case IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, method):
                    return reference.Parameter;
                case IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance }:
                    return ForwardedParameter(instance, method, semanticModel, cancellationToken, depth - 1);
                case IInvocationOperation { TargetMethod: { Name: "ToString", ContainingType.Name: "Convert" }, Arguments.Length: > 0 } convert:
                    return ForwardedParameter(convert.Arguments[0].Value, method, semanticModel, cancellationToken, depth - 1);
                case IInterpolatedStringOperation { Parts.Length: 1 } interpolated when interpolated.Parts[0] is IInterpolationOperation hole:
                    return ForwardedParameter(hole.Expression, method, semanticModel, cancellationToken, depth - 1);
                case ILocalReferenceOperation local when LocalFlow.WritesOf(local.Local, semanticModel, cancellationToken)?.OnlyValue is ExpressionSyntax assigned
                    && semanticModel.GetOperation(assigned, cancellationToken) is IOperation assignedOperation:
                    return ForwardedParameter(assignedOperation, method, semanticModel, cancellationToken, depth - 1);
                default:
                    return null;
            }
        }

        private static SyntaxNode? BodyOf(SyntaxNode declaration) => declaration switch
        {
            BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
            LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
            _ => null,
        };
    }
}
