using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The floor of the Sora analyzer's shape: registers what <c>VideoRequestAnalyzer</c> registers (an invocation action; in
/// every operation block, object-creation, anonymous-object and assignment actions; a class-declaration syntax action; in
/// every code block, a string-literal syntax action) and does nothing in any of them. Sora registers its block actions
/// only in blocks that mention a hint, so this is an upper bound of what the driver spends on Sora's registrations alone:
/// Sora's pass minus this pass is what its own code costs, beyond the driver's per-block bookkeeping.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpRegistrationsAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
        "BENCH001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
            start.RegisterOperationBlockStartAction(block =>
            {
                block.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
                block.RegisterOperationAction(_ => { }, OperationKind.AnonymousObjectCreation);
                block.RegisterOperationAction(_ => { }, OperationKind.SimpleAssignment);
            });
            start.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration);
            start.RegisterCodeBlockStartAction<SyntaxKind>(block => block.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression));
        });
    }
}
