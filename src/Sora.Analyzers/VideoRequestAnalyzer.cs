using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers
{
    /// <summary>
    /// Finds video requests (one finder per code shape), checks each against the rule table in force
    /// (<see cref="RuleChecker"/>), and reports what the API would reject.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VideoRequestAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.UnsupportedSeconds,
            Descriptors.UnknownModel,
            Descriptors.UnsupportedSize,
            Descriptors.DeprecatedModel,
            Descriptors.InvalidRuleFile,
            Descriptors.InvalidOption);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            RuleFile? ruleFile = RuleFile.Find(context.Options.AdditionalFiles, context.CancellationToken);
            var settings = new SettingsCache(context.Options.AnalyzerConfigOptionsProvider, ruleFile);
            AnalyzerSettings global = settings.Global;
            if (ruleFile != null)
            {
                context.RegisterAdditionalFileAction(fileContext => ReportRuleFileProblems(fileContext, ruleFile, global.BaseTable));
            }

            context.RegisterOperationAction(
                operationContext =>
                {
                    var invocation = (IInvocationOperation)operationContext.Operation;
                    AnalyzeCall(operationContext, settings, invocation.TargetMethod, invocation.Arguments);
                },
                OperationKind.Invocation);
            context.RegisterOperationAction(
                operationContext =>
                {
                    var creation = (IObjectCreationOperation)operationContext.Operation;
                    AnalyzeCall(operationContext, settings, creation.Constructor, creation.Arguments);
                    if (creation.Initializer != null)
                    {
                        AnalyzePayload(operationContext, settings, ObjectInitializerFinder.Find(creation.Initializer, operationContext.CancellationToken));
                    }
                },
                OperationKind.ObjectCreation);
            context.RegisterOperationAction(
                operationContext => AnalyzePayload(operationContext, settings, AnonymousObjectFinder.Find((IAnonymousObjectCreationOperation)operationContext.Operation, operationContext.CancellationToken)),
                OperationKind.AnonymousObjectCreation);
            if (MultipartFormFinder.Create(context.Compilation) is MultipartFormFinder forms)
            {
                // The finder gives all the Adds of a form the same request: whether it is a video request is decided once.
                var decided = new ConcurrentDictionary<VideoRequest, bool>();
                context.RegisterOperationAction(
                    operationContext =>
                    {
                        var add = (IInvocationOperation)operationContext.Operation;
                        if (add.TargetMethod.Name == MultipartFormFinder.AddMethodName)
                        {
                            VideoRequest? request = forms.Find(add, operationContext.CancellationToken, out SyntaxNode? form);
                            AnalyzePayload(operationContext, settings, request, form, decided);
                        }
                    },
                    OperationKind.Invocation);
            }

            // JSON text in constant strings. An operation action rather than a syntax action: the operation trees are
            // built for the actions above anyway, the compiler has already decoded the string (escapes, raw indentation,
            // constant holes) into ConstantValue, and AnalyzePayload's precision rule needs the operation context. Every
            // literal comes here; the finder turns away those that are no string with a brace and a request key without
            // allocating.
            context.RegisterOperationAction(
                operationContext =>
                {
                    foreach (VideoRequest request in JsonStringFinder.Find(operationContext.Operation, operationContext.CancellationToken))
                    {
                        AnalyzePayload(operationContext, settings, request);
                    }
                },
                OperationKind.Literal,
                OperationKind.InterpolatedString);

            // Reading every tree's options (a dictionary lookup, parsed once per distinct value) makes SORA901 independent of where requests are.
            context.RegisterSyntaxTreeAction(treeContext => settings.For(treeContext.Tree));
            context.RegisterCompilationEndAction(endContext =>
            {
                foreach (string value in settings.UnknownRuleTables)
                {
                    endContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidOption,
                        Location.None,
                        value,
                        OptionNames.RuleTable,
                        ValueList.Format(BuiltInRuleTables.Names)));
                }
            });
        }

        private static void ReportRuleFileProblems(AdditionalFileAnalysisContext context, RuleFile ruleFile, RuleTable baseTable)
        {
            if (context.AdditionalFile.Path != ruleFile.File.Path)
            {
                if (RuleFile.IsRuleFile(context.AdditionalFile))
                {
                    // Only one table can be in force: say so rather than silently ignore the other file.
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.InvalidRuleFile,
                        Location.Create(context.AdditionalFile.Path, default, default),
                        RuleFile.FileName,
                        "the project already uses '" + ruleFile.File.Path + "', so this file is ignored"));
                }

                return;
            }

            foreach (RuleFileProblem problem in ruleFile.Read(baseTable).Problems)
            {
                Location location = ruleFile.LocationOf(problem);
                LinePosition start = location.GetLineSpan().StartLinePosition;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidRuleFile,
                    location,
                    RuleFile.FileName,
                    string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, column {2})", problem.Message, start.Line + 1, start.Character + 1)));
            }
        }

        private static void AnalyzeCall(OperationAnalysisContext context, SettingsCache settings, IMethodSymbol? method, ImmutableArray<IArgumentOperation> arguments)
        {
            if (!VideoCallFinder.IsCandidate(method))
            {
                return;
            }

            AnalyzerSettings treeSettings = settings.For(context.Operation.Syntax.SyntaxTree);
            VideoRequest? request = VideoCallFinder.Find(context.Operation, method!, arguments, treeSettings.Matcher, context.CancellationToken);
            if (request != null)
            {
                Report(context.ReportDiagnostic, request, treeSettings.Table);
            }
        }

        /// <summary>
        /// Spec §4 precision: a payload is a video request when it names a video model (or nearly does), or when it
        /// reaches a video call (then a missing model means the API's default). <c>new { seconds = 10, name = "x" }</c>
        /// alone, or a chat payload with model 'gpt-4o', is not.
        /// </summary>
        /// <param name="payload">
        /// Set when the request is spread over several operations (a form's Add calls): where the payload starts, and a
        /// sign that only the diagnostics inside the analyzed operation are reported here (the other operations report
        /// theirs). Roslyn treats a diagnostic outside the analyzed operation as non-local: no squiggle in the editor's
        /// span analysis and no fix.
        /// </param>
        /// <param name="decided">For a spread request, the decisions already taken for it by its other operations.</param>
        private static void AnalyzePayload(
            OperationAnalysisContext context,
            SettingsCache settings,
            VideoRequest? request,
            SyntaxNode? payload = null,
            ConcurrentDictionary<VideoRequest, bool>? decided = null)
        {
            if (request == null || (request.Model != null && !request.Model.IsKnown))
            {
                return;
            }

            AnalyzerSettings treeSettings = settings.For(context.Operation.Syntax.SyntaxTree);
            bool isVideoRequest = decided == null
                ? IsVideoRequest(context, request, payload, treeSettings)
                : decided.GetOrAdd(request, _ => IsVideoRequest(context, request, payload, treeSettings));
            if (isVideoRequest)
            {
                Report(
                    payload == null ? context.ReportDiagnostic : InOperation(context),
                    request,
                    treeSettings.Table);
            }
        }

        private static bool IsVideoRequest(OperationAnalysisContext context, VideoRequest request, SyntaxNode? payload, AnalyzerSettings settings)
            => (request.Model != null && ModelNameMatcher.IsKnownOrClose(request.Model.Text!, settings.Table))
               || (context.Operation.SemanticModel is SemanticModel semanticModel
                   && PayloadFlow.ReachesVideoCall(payload ?? context.Operation.Syntax, semanticModel, settings.Matcher, context.CancellationToken));

        private static System.Action<Diagnostic> InOperation(OperationAnalysisContext context)
            => diagnostic =>
            {
                if (context.Operation.Syntax.Span.Contains(diagnostic.Location.SourceSpan))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            };

        private static void Report(System.Action<Diagnostic> report, VideoRequest request, RuleTable table)
        {
            foreach (RuleViolation violation in RuleChecker.Check(request, table))
            {
                report(DiagnosticFactory.Create(violation, request));
            }
        }
    }
}
