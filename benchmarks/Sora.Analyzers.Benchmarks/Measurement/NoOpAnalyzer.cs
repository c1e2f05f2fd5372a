using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The baseline of the isolated runs: registers the operation kinds the Sora analyzer registers (invocations, object
/// creations, anonymous objects) and does nothing, so "analyzer X alone" minus "this alone" is what X itself costs (the
/// driver, binding and operation trees cancel out). It counts the operations it is handed: the number of callbacks an
/// analyzer registered for these kinds receives.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
        "BENCH000", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private long _visited;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Operations handed to the analyzer since it was created.</summary>
    public long Visited => Interlocked.Read(ref _visited);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(_ => Interlocked.Increment(ref _visited), OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.AnonymousObjectCreation);
    }
}
