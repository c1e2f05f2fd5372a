using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The baseline of the isolated runs: registers the same operation kinds as the Sora analyzer and does nothing, so
/// "analyzer X alone" minus "this alone" is what X itself costs (the driver, binding and operation trees cancel out).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
        "BENCH000", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(static _ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
    }
}
