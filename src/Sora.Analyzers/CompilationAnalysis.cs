using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Policy;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers
{
    /// <summary>
    /// One compilation's actions: each hands the nodes of its kind to the finders of the shapes built from them, asks the
    /// policy whether what they found is checked, and reports what the rule checker finds. Nothing is decided here.
    /// Every method runs for every node of its kind, so each starts with its cheapest test.
    /// </summary>
    internal sealed class CompilationAnalysis
    {
        private readonly GeneratedCode _generated;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool> _defaultsRejected =
            new System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CheckedRequest, (RuleViolation, Diagnostic)[]> _checked =
            new System.Runtime.CompilerServices.ConditionalWeakTable<CheckedRequest, (RuleViolation, Diagnostic)[]>();
        private readonly SoraRequestPolicy _policy;
        // Resolving the form types searches every reference: done at the first Add on a type of that name, if any.
        private readonly System.Lazy<MultipartFormFinder?> _forms;
        private readonly Wrappers _wrappers;
        private readonly PayloadWritesFinder _payloadWrites = new PayloadWritesFinder();

        // Diagnostics on a value written elsewhere than the read (a local's write): the read that reports each, so it is
        // reported once however many reads reach it, and again by that read when its node is analyzed again.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Microsoft.CodeAnalysis.Text.TextSpan> _reportedAtWrite = new System.Collections.Concurrent.ConcurrentDictionary<string, Microsoft.CodeAnalysis.Text.TextSpan>();

        public CompilationAnalysis(GeneratedCode generated, SoraRequestPolicy policy, System.Lazy<MultipartFormFinder?> forms, Wrappers wrappers)
        {
            _generated = generated;
            _policy = policy;
            _forms = forms;
            _wrappers = wrappers;
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (_generated.IsGenerated(invocation.Syntax.SyntaxTree))
            {
                return;
            }

            AnalyzeCall(context, invocation.TargetMethod);
            if (invocation.TargetMethod.Name == MultipartFormFinder.AddMethodName
                && invocation.TargetMethod.ContainingType?.Name == MultipartFormFinder.FormTypeName
                && _forms.Value is MultipartFormFinder forms
                && forms.Find(invocation, context.CancellationToken) is FoundRequest form)
            {
                Analyze(AnalysisSite.Of(context), form);
            }

            // The method's shape first: a call's arguments are built on first access.
            if ((invocation.TargetMethod.Name == "Add" || invocation.TargetMethod.Name == "TryAdd") && invocation.TargetMethod.Parameters.Length == 2
                && invocation.Instance is ILocalReferenceOperation
                && PayloadWritesFinder.MayWriteBody(invocation.Arguments[0].Value)
                && _payloadWrites.FromWrite(invocation, invocation.Instance, context.CancellationToken) is FoundRequest written)
            {
                Analyze(AnalysisSite.Of(context), written);
            }
        }

        // The decision first (docs/performance.md): a payload that writes another provider's model as a literal is done
        // after a syntax read and a table lookup, before any field list, location or flow walk.
        private bool IsOtherProvidersPayload(SyntaxNode creation)
            => ModelLiteral.Of(creation) is string model && _policy.IsOtherProvidersModel(model, creation.SyntaxTree);

        /// <summary><c>body["seconds"] = 10;</c> after the body's creation: part of the body's request.</summary>
        public void OnAssignment(OperationAnalysisContext context)
        {
            // Most assignments set a plain property or a local: the indexer test first, before the arguments are built.
            if (context.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer }
                && indexer.Instance is ILocalReferenceOperation
                && PayloadWritesFinder.MayWriteBody(indexer.Arguments[0].Value)
                && _payloadWrites.FromWrite(context.Operation, indexer.Instance, context.CancellationToken) is FoundRequest written)
            {
                Analyze(AnalysisSite.Of(context), written);
            }
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            AnalyzeCall(context, creation.Constructor);
            if (IsOtherProvidersPayload(creation.Syntax))
            {
                return;
            }

            if (_payloadWrites.FromCreation(creation, context.CancellationToken) is FoundRequest written)
            {
                Analyze(AnalysisSite.Of(context), written);
            }
            else if (creation.Initializer != null && ObjectInitializerFinder.Find(creation.Initializer, context.CancellationToken) is VideoRequest request)
            {
                Analyze(AnalysisSite.Of(context), new FoundRequest(request, RequestShape.Payload, creation.Syntax));
            }
        }

        public void OnAnonymousObject(OperationAnalysisContext context)
        {
            var creation = (IAnonymousObjectCreationOperation)context.Operation;
            if (IsOtherProvidersPayload(creation.Syntax))
            {
                return;
            }

            if (AnonymousObjectFinder.Find(creation, context.CancellationToken) is VideoRequest request)
            {
                Analyze(AnalysisSite.Of(context), new FoundRequest(request, RequestShape.Payload, creation.Syntax));
            }
        }

        /// <summary>
        /// JSON text in string literals. A syntax action on string kinds only (an operation action would run for every
        /// number and null too): the text is tested on the token before anything is bound, and only a string that holds
        /// a brace and a request key, and that the policy says may be a video request, is bound to its operation, whose
        /// constant the compiler has already decoded.
        /// </summary>
        public void OnString(SyntaxNodeAnalysisContext context)
        {
            if (!JsonStringFinder.MayHoldRequest(context.Node)
                || !_policy.MayBeVideoJson(context.Node, context.SemanticModel, context.CancellationToken)
                || !(context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IOperation operation))
            {
                return;
            }

            foreach (FoundRequest found in JsonStringFinder.Find(operation, context.CancellationToken))
            {
                Analyze(AnalysisSite.Of(context), found);
            }
        }

        /// <summary>
        /// A request type's declaration whose defaults alone form a Sora request (its model default names a Sora model):
        /// checked for the default model, and reported at the defaults, since every <c>new T()</c> sends them.
        /// </summary>
        public void OnTypeDeclaration(SyntaxNodeAnalysisContext context)
        {
            if (!(context.Node is TypeDeclarationSyntax declaration)
                || _generated.IsGenerated(declaration.SyntaxTree)
                || !MemberDefaults.MayDeclareDefaults(declaration)
                || !(context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is INamedTypeSymbol type)
                || type.TypeKind == TypeKind.Interface
                || GeneratedCode.IsGeneratedSymbol(type))
            {
                return;
            }

            var builder = new VideoRequestBuilder();
            foreach (MemberDefault memberDefault in MemberDefaults.Of(type, context.Compilation, context.CancellationToken))
            {
                if (SymbolEqualityComparer.Default.Equals(memberDefault.Member.ContainingType, type) && context.Node.Span.Contains(memberDefault.Initializer.Span))
                {
                    SpecialType valueType = ValueSets.SpecialTypeOf((memberDefault.Member as IPropertySymbol)?.Type ?? (memberDefault.Member as IFieldSymbol)?.Type);
                    var value = RequestValue.Known(memberDefault.Constant, memberDefault.Initializer.GetLocation(), ValueEditKind.Expression, valueType);
                    if (RequestValueTypes.Fits(memberDefault.Property, value))
                    {
                        builder.Set(memberDefault.Property, value);
                    }
                }
            }

            if (builder.HasModel && builder.Build(context.Node.GetLocation(), null, context.Node.GetLocation(), RequestBody.None) is VideoRequest request)
            {
                Analyze(AnalysisSite.Of(context), new FoundRequest(request, RequestShape.Defaults, context.Node));
            }
        }

        /// <summary>
        /// A method whose own parameter defaults make a request the API rejects (docs/design.md, "Precision"): reported
        /// once, at the defaults, and fixed there; the calls that leave them out are not reported again.
        /// </summary>
        public void OnMethodDeclaration(SyntaxNodeAnalysisContext context)
        {
            ParameterListSyntax? parameters = ParametersOf(context.Node);
            if (!ParameterDefaults.MayDeclareDefaults(parameters)
                || _generated.IsGenerated(context.Node.SyntaxTree)
                || !(context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is IMethodSymbol declared)
                || !(DefaultsRequest(declared, context.CancellationToken) is FoundRequest found))
            {
                return;
            }

            Analyze(AnalysisSite.Of(context).Within(parameters!), found);
        }

        private FoundRequest? DefaultsRequest(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        {
            if (method.Locations.IsEmpty || !(method.Locations[0].SourceTree is SyntaxTree tree) || !(method.DeclaringSyntaxReferences.FirstOrDefault() is SyntaxReference declaration))
            {
                return null;
            }

            Wrapper? wrapper = _policy.CallEntry(method, tree) == EntryPoint.None ? _wrappers.Get(method, cancellationToken) : null;

            // A wrapper's body builds the request from its parameters, so its defaults are the request's values. A method
            // whose body is no request in sight (an SDK's, an interface's, a stub) keeps its defaults reported at each call,
            // where the fix passes the argument (docs/design.md, "Wrappers").
            VideoRequest? request = wrapper != null ? ParameterDefaults.Of(method, wrapper.PropertyOf, wrapper.InnerModel, cancellationToken) : null;
            return request == null ? null : new FoundRequest(request, RequestShape.Defaults, declaration.GetSyntax(cancellationToken), wrapper!.Destination);
        }

        // A parameter that is neither text nor a number carries a body (an object, a BinaryContent, a dictionary).
        private static bool TakesABody(IMethodSymbol method)
            => method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_Object || (p.Type.SpecialType == SpecialType.None && p.Type.TypeKind != TypeKind.Enum));

        /// <summary>Whether a method's defaults alone make a rejected request (then its calls that leave them out are not reported for them).</summary>
        private bool DefaultsRejected(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
            => _defaultsRejected.GetOrAdd(method, m => DefaultsRequest(m, cancellationToken) is FoundRequest found
                                                        && _policy.Check(found, semanticModel: null, cancellationToken) is CheckedRequest request
                                                        && ParametersOf(found.Payload) is ParameterListSyntax parameters
                                                        && Checked(request).Any(c => c.Item2.Location.SourceTree == parameters.SyntaxTree && parameters.Span.Contains(c.Item2.Location.SourceSpan)));

        private static ParameterListSyntax? ParametersOf(SyntaxNode declaration) => declaration switch
        {
            BaseMethodDeclarationSyntax method => method.ParameterList,
            LocalFunctionStatementSyntax local => local.ParameterList,
            _ => null,
        };

        private void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method)
        {
            // Every call of the compilation comes here: names and parameters first (no allocation), the arguments only
            // for a call that may be a request (the compiler builds their operations on first access).
            if (method == null || method.Parameters.IsEmpty)
            {
                return;
            }

            EntryPoint entry = _policy.CallEntry(method, context.Operation.Syntax.SyntaxTree);
            Wrapper? wrapper = entry == EntryPoint.None ? _wrappers.Get(method, context.CancellationToken) : null;
            bool candidate = VideoCallFinder.IsCandidate(method);

            // The SDK's VideoClient takes its request as a BinaryContent, and a listed method may take a whole body
            // (`Submit(object body)`): that payload is checked where it is built, so the call itself is no second request
            // (one request, one diagnostic per problem).
            if (!candidate && (entry == EntryPoint.VideosEndpoint || (entry == EntryPoint.None && wrapper == null) || (entry == EntryPoint.ListedMethod && TakesABody(method))))
            {
                return;
            }

            ImmutableArray<IArgumentOperation> arguments = context.Operation is IInvocationOperation invocation
                ? invocation.Arguments
                : ((IObjectCreationOperation)context.Operation).Arguments;
            VideoRequest request = wrapper != null
                ? Wrappers.CallRequest(context.Operation, arguments, wrapper, context.CancellationToken)
                : VideoCallFinder.Find(context.Operation, arguments, context.CancellationToken);
            Destination? destination = wrapper?.Destination ?? (entry == EntryPoint.None ? null : _policy.DestinationOfCall(context.Operation, context.CancellationToken));

            // A call that passes no model of its own sends the method's defaults as they are: where those alone are
            // rejected, they are reported at the defaults, not again here.
            bool passesModel = request.Model != null && request.Model.Insertion == null && !ReferenceEquals(request.Model, wrapper?.InnerModel);
            bool defaultsReportedThere = wrapper != null && !passesModel && DefaultsRejected(method.OriginalDefinition.ReducedFrom ?? method.OriginalDefinition, context.CancellationToken);
            Analyze(AnalysisSite.Of(context), new FoundRequest(request, RequestShape.Call, context.Operation.Syntax, destination), skipDefaults: defaultsReportedThere);
        }

        private void Analyze(AnalysisSite site, FoundRequest found, bool skipDefaults = false)
        {
            if (_policy.Check(found, site.SemanticModel, site.CancellationToken) is CheckedRequest request)
            {
                Report(site, request, skipDefaults);
            }
        }

        /// <summary>Each node reports only the diagnostics inside it (see <see cref="AnalysisSite.Node"/>): a form's Adds share one request.</summary>
        private void Report(AnalysisSite site, CheckedRequest request, bool skipDefaults)
        {
            bool? inGeneratedMember = null;
            foreach ((RuleViolation violation, Diagnostic diagnostic) in request.SpansSeveralNodes ? _checked.GetValue(request, Checked) : Checked(request))
            {
                if (skipDefaults && violation.Value?.Insertion != null)
                {
                    continue;
                }

                if ((site.Node.Span.Contains(diagnostic.Location.SourceSpan) || IsFirstReportAtWrite(site, violation, diagnostic))
                    && !(inGeneratedMember ??= GeneratedCode.IsGeneratedSymbol(site.ContainingSymbol)))
                {
                    site.Report(diagnostic);
                }
            }
        }

        // A request spread over several nodes (a form's Adds) is decided once and checked once (kept in _checked): each node
        // then only picks the diagnostics inside it, so 5,000 Adds cost one check, not 5,000.
        private static (RuleViolation Violation, Diagnostic Diagnostic)[] Checked(CheckedRequest request)
            => RuleChecker.Check(request.Request, request.Body, request.Table, request.Naming)
                .Select(violation => (violation, DiagnosticFactory.Create(violation, request.Request)))
                .ToArray();

        /// <summary>
        /// A value a local's write gives (docs/design.md, "Locals") is reported on that write by one request whose read it
        /// reaches: the first to report it.
        /// </summary>
        private bool IsFirstReportAtWrite(AnalysisSite site, RuleViolation violation, Diagnostic diagnostic)
            => violation.Value?.ReadAt is Location read
               && read.SourceTree == site.Node.SyntaxTree
               && diagnostic.Location.SourceTree == site.Node.SyntaxTree
               && site.Node.Span.Contains(read.SourceSpan)
               && _reportedAtWrite.GetOrAdd(diagnostic.Id + "|" + diagnostic.Location.SourceSpan.ToString() + "|" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), read.SourceSpan) == read.SourceSpan;
    }
}
