using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Policy;
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
            Descriptors.UnsupportedSecondsForAnyModel,
            Descriptors.UnsupportedSizeForAnyModel,
            Descriptors.DeprecatedModel,
            Descriptors.SecondsAsNumber,
            Descriptors.SecondsExpressionAsNumber,
            Descriptors.UnknownParameter,
            Descriptors.RemovedModel,
            Descriptors.RemovedModels,
            Descriptors.InvalidRuleFile,
            Descriptors.InvalidOption);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is left out by the analyzer itself (Finding/GeneratedCode.cs): cheaper than the compiler's
            // check of every reported diagnostic, with the same rules.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            RuleFile? ruleFile = RuleFile.Find(context.Options.AdditionalFiles, context.CancellationToken);
            var settings = new SettingsCache(context.Options.AnalyzerConfigOptionsProvider, ruleFile, context.Compilation.SyntaxTrees);
            AnalyzerSettings global = settings.Global;
            if (ruleFile != null)
            {
                // Each folder's .editorconfig may choose the table the file extends: its problems are those of every such reading.
                RuleTable[] baseTables = settings.All.Select(s => s.BaseTable).Prepend(global.BaseTable).Distinct().ToArray();
                context.RegisterAdditionalFileAction(fileContext => ReportRuleFileProblems(fileContext, ruleFile, baseTables));
            }

            context.RegisterCompilationEndAction(endContext => ReportUnknownOptions(endContext, settings));
            string[] hints = CandidateScan.Hints(
                settings.All.SelectMany(s => s.Tables).SelectMany(t => t.KnownNames),
                settings.All.SelectMany(s => s.Matcher.ListedNames));
            if (!CandidateScan.AnyTreeMentions(context.Compilation.SyntaxTrees, hints, context.CancellationToken))
            {
                return;
            }

            string[] blockHints = CandidateScan.BlockHints(hints);
            var generated = new GeneratedCode(context.Options.AnalyzerConfigOptionsProvider);
            var hosts = new ClientHosts(context.Compilation, context.CancellationToken);
            var analysis = new CompilationAnalysis(
                generated,
                new SoraRequestPolicy(settings, hosts),
                new System.Lazy<MultipartFormFinder?>(() => MultipartFormFinder.Create(context.Compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication),
                new Wrappers(context.Compilation, settings, hosts, hints, context.CancellationToken));

            // Every call is looked at, as CA2241 does: a wrapper's call needs no hint where it is written. The other node
            // actions go only where a request can be: a code block (a method body, an initializer) whose member mentions
            // a hint or a request key. Most blocks of a candidate file do not, and then cost a binary search, not one
            // callback per node.
            context.RegisterOperationAction(analysis.OnInvocation, OperationKind.Invocation);
            context.RegisterOperationBlockStartAction(block =>
            {
                if (!block.OperationBlocks.IsEmpty && !generated.IsGenerated(block.OperationBlocks[0].Syntax.SyntaxTree)
                    && CandidateScan.AnyBlockMentions(block.OperationBlocks, blockHints, block.CancellationToken))
                {
                    block.RegisterOperationAction(analysis.OnObjectCreation, OperationKind.ObjectCreation);
                    block.RegisterOperationAction(analysis.OnAnonymousObject, OperationKind.AnonymousObjectCreation);
                    block.RegisterOperationAction(analysis.OnAssignment, OperationKind.SimpleAssignment);
                }
            });
            context.RegisterSyntaxNodeAction(analysis.OnMethodDeclaration, SyntaxKind.MethodDeclaration, SyntaxKind.ConstructorDeclaration, SyntaxKind.LocalFunctionStatement);
            context.RegisterSyntaxNodeAction(analysis.OnTypeDeclaration, SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration);
            context.RegisterCodeBlockStartAction<SyntaxKind>(block =>
            {
                if (!generated.IsGenerated(block.CodeBlock.SyntaxTree) && CandidateScan.BlockMentions(block.CodeBlock, blockHints, block.CancellationToken))
                {
                    block.RegisterSyntaxNodeAction(analysis.OnString, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
                }
            });
        }

        private static void ReportUnknownOptions(CompilationAnalysisContext context, SettingsCache settings)
        {
            foreach (string value in settings.UnknownRuleTables)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidOption,
                    Location.None,
                    value,
                    OptionNames.RuleTable,
                    ValueList.Format(BuiltInRuleTables.Names)));
            }
        }

        private static void ReportRuleFileProblems(AdditionalFileAnalysisContext context, RuleFile ruleFile, RuleTable[] baseTables)
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

            var reported = new System.Collections.Generic.HashSet<(int, int, string)>();
            foreach (RuleFileProblem problem in baseTables.SelectMany(baseTable => ruleFile.Read(baseTable).Problems))
            {
                if (!reported.Add((problem.Start, problem.Length, problem.Message)))
                {
                    continue;
                }

                Location location = ruleFile.LocationOf(problem);
                LinePosition start = location.GetLineSpan().StartLinePosition;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidRuleFile,
                    location,
                    RuleFile.FileName,
                    string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, column {2})", problem.Message, start.Line + 1, start.Character + 1)));
            }
        }
    }
}
