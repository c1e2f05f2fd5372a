using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Finding
{
    /// <summary>Where a request was found, whatever kind of action found it: the node analyzed, its model, how to report.</summary>
    internal readonly struct AnalysisSite
    {
        private readonly Action<Diagnostic> _report;

        private AnalysisSite(SyntaxNode node, SemanticModel? semanticModel, Action<Diagnostic> report, ISymbol? containingSymbol, CancellationToken cancellationToken)
        {
            ContainingSymbol = containingSymbol;
            Node = node;
            SemanticModel = semanticModel;
            _report = report;
            CancellationToken = cancellationToken;
        }

        /// <summary>The node the action analyzes: every diagnostic reported must lie inside it (Roslyn's "local" diagnostics).</summary>
        public SyntaxNode Node { get; }

        public SemanticModel? SemanticModel { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>The member or type the node is in: where a <c>[GeneratedCode]</c> attribute says it is generated.</summary>
        public ISymbol? ContainingSymbol { get; }

        public static AnalysisSite Of(OperationAnalysisContext context)
            => new AnalysisSite(context.Operation.Syntax, context.Operation.SemanticModel, context.ReportDiagnostic, context.ContainingSymbol, context.CancellationToken);

        public static AnalysisSite Of(SyntaxNodeAnalysisContext context)
            => new AnalysisSite(context.Node, context.SemanticModel, context.ReportDiagnostic, context.ContainingSymbol, context.CancellationToken);

        public void Report(Diagnostic diagnostic) => _report(diagnostic);

        /// <summary>The same site narrowed to <paramref name="node"/> (a node inside it): only diagnostics inside that node are reported.</summary>
        public AnalysisSite Within(SyntaxNode node) => new AnalysisSite(node, SemanticModel, _report, ContainingSymbol, CancellationToken);
    }
}
