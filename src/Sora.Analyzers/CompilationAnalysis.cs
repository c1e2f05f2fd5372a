using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers
{
    /// <summary>
    /// What one compilation's actions share (the settings of each tree, the form types) and the actions themselves:
    /// each hands the nodes of its kind to the finders of the shapes built from them, then reports what the rule
    /// checker finds. Every method here runs for every node of its kind, so each starts with its cheapest test.
    /// </summary>
    internal sealed class CompilationAnalysis
    {
        private readonly SettingsCache _settings;
        private readonly MultipartFormFinder? _forms;

        // The finder gives all the Adds of a form the same request: whether it is a video request is decided once.
        private readonly ConcurrentDictionary<VideoRequest, bool> _formDecisions = new ConcurrentDictionary<VideoRequest, bool>();

        public CompilationAnalysis(SettingsCache settings, MultipartFormFinder? forms)
        {
            _settings = settings;
            _forms = forms;
        }

        public void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            AnalyzeCall(context, invocation.TargetMethod);
            if (_forms != null && invocation.TargetMethod.Name == MultipartFormFinder.AddMethodName)
            {
                VideoRequest? request = _forms.Find(invocation, context.CancellationToken, out SyntaxNode? form);
                AnalyzePayload(AnalysisSite.Of(context), request, form, _formDecisions);
            }
        }

        public void OnObjectCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            AnalyzeCall(context, creation.Constructor);
            if (creation.Initializer != null)
            {
                AnalyzePayload(AnalysisSite.Of(context), ObjectInitializerFinder.Find(creation.Initializer, context.CancellationToken));
            }
        }

        public void OnAnonymousObject(OperationAnalysisContext context)
            => AnalyzePayload(AnalysisSite.Of(context), AnonymousObjectFinder.Find((IAnonymousObjectCreationOperation)context.Operation, context.CancellationToken));

        /// <summary>
        /// JSON text in string literals. A syntax action on string kinds only (an operation action would run for every
        /// number and null too): the text is tested on the token before anything is bound, and only a string that holds
        /// a brace and a request key is bound to its operation, whose constant the compiler has already decoded.
        /// </summary>
        public void OnString(SyntaxNodeAnalysisContext context)
        {
            if (!JsonStringFinder.MayHoldRequest(context.Node))
            {
                return;
            }

            // Config and chat JSON hold "model" too: unless it names a video model, only a flow into a video call (mostly
            // decided by syntax) makes it a request, so it is checked before the string is bound and decoded.
            AnalyzerSettings treeSettings = _settings.For(context.Node.SyntaxTree);
            if ((!JsonStringFinder.MayNameVideoModel(context.Node, name => ModelNameMatcher.IsKnownOrClose(name, treeSettings.Table))
                    && !PayloadFlow.ReachesVideoCall(context.Node, context.SemanticModel, treeSettings.Matcher, context.CancellationToken))
                || !(context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IOperation operation))
            {
                return;
            }

            foreach (VideoRequest request in JsonStringFinder.Find(operation, context.CancellationToken))
            {
                AnalyzePayload(AnalysisSite.Of(context), request);
            }
        }

        private void AnalyzeCall(OperationAnalysisContext context, IMethodSymbol? method)
        {
            // Every call of the compilation comes here: the name first (no allocation), the parameters next, and only
            // then the arguments (the compiler builds their operations on first access).
            if (method == null
                || (!VideoMethodMatcher.NameSaysVideo(VideoMethodMatcher.NameOf(method)) && !_settings.AnyVideoMethodsListed)
                || !VideoCallFinder.IsCandidate(method))
            {
                return;
            }

            AnalyzerSettings treeSettings = _settings.For(context.Operation.Syntax.SyntaxTree);
            ImmutableArray<IArgumentOperation> arguments = context.Operation is IInvocationOperation invocation
                ? invocation.Arguments
                : ((IObjectCreationOperation)context.Operation).Arguments;
            VideoRequest? request = VideoCallFinder.Find(context.Operation, method, arguments, treeSettings.Matcher, context.CancellationToken);
            if (request != null)
            {
                Report(AnalysisSite.Of(context), request, treeSettings.Table);
            }
        }

        /// <summary>
        /// Spec §4 precision: a payload is a video request when it names a video model (or nearly does), or when it
        /// reaches a video call (then a missing model means the API's default). <c>new { seconds = 10, name = "x" }</c>
        /// alone, or a chat payload with model 'gpt-4o', is not.
        /// </summary>
        /// <param name="payload">
        /// Set when the request is spread over several nodes (a form's Add calls): where the payload starts, for the
        /// flow. Each node reports only the diagnostics inside it (see <see cref="AnalysisSite.Node"/>).
        /// </param>
        /// <param name="decided">For a spread request, the decisions already taken for it by its other nodes.</param>
        private void AnalyzePayload(AnalysisSite site, VideoRequest? request, SyntaxNode? payload = null, ConcurrentDictionary<VideoRequest, bool>? decided = null)
        {
            if (request == null || (request.Model != null && !request.Model.IsKnown))
            {
                return;
            }

            AnalyzerSettings treeSettings = _settings.For(site.Node.SyntaxTree);
            bool isVideoRequest = decided == null
                ? IsVideoRequest(site, request, payload, treeSettings)
                : decided.GetOrAdd(request, _ => IsVideoRequest(site, request, payload, treeSettings));
            if (isVideoRequest)
            {
                Report(site, request, treeSettings.Table);
            }
        }

        private static bool IsVideoRequest(AnalysisSite site, VideoRequest request, SyntaxNode? payload, AnalyzerSettings settings)
            => (request.Model != null && ModelNameMatcher.IsKnownOrClose(request.Model.Text!, settings.Table))
               || (site.SemanticModel != null
                   && PayloadFlow.ReachesVideoCall(payload ?? site.Node, site.SemanticModel, settings.Matcher, site.CancellationToken));

        private static void Report(AnalysisSite site, VideoRequest request, RuleTable table)
        {
            foreach (RuleViolation violation in RuleChecker.Check(request, table))
            {
                Diagnostic diagnostic = DiagnosticFactory.Create(violation, request);
                if (site.Node.Span.Contains(diagnostic.Location.SourceSpan))
                {
                    site.Report(diagnostic);
                }
            }
        }
    }
}
