using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// The IDE cancels analysis on every keystroke: a cancelled analysis must end with <see cref="OperationCanceledException"/>
/// (never an AD0001: the analyzer's own cancellation checks throw it too) and soon after the cancellation.
/// </summary>
public class CancellationTests
{
    /// <summary>Generous on purpose (a shared two-core machine): analyzing the file takes many times longer than this bound is tight.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper _output;

    public CancellationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task CancelledBeforeTheAnalysisStarts()
    {
        Compilation compilation = LargeCompilation();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerRun.AnalyzeAsync(compilation, cancellation.Token));
    }

    /// <summary>Cancelled from inside the run, when a thousand operations have been analyzed: mid-analysis whatever the machine's speed.</summary>
    [Fact]
    public async Task CancelledDuringTheAnalysis()
    {
        Compilation compilation = LargeCompilation();
        using var cancellation = new CancellationTokenSource();
        var canceller = new CancelAfterOperations(cancellation, operations: 1_000);

        Exception? thrown = await Record.ExceptionAsync(() => AnalyzerRun.AnalyzeAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), cancellation.Token, canceller));
        TimeSpan afterCancel = canceller.SinceCancelled;

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.True(afterCancel < Promptly, "the analysis went on for " + afterCancel + " after the cancellation");
        _output.WriteLine("Ended " + afterCancel.TotalMilliseconds.ToString("0") + " ms after the cancellation; " + canceller.OperationsAfterCancel + " operations reached the helper afterwards.");
    }

    [Fact]
    public async Task CancelledByATimer()
    {
        Compilation compilation = LargeCompilation();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AnalyzerRun.AnalyzeAsync(compilation, cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(200) + Promptly, "the analysis ended after " + watch.Elapsed);
        _output.WriteLine("Ended " + watch.Elapsed.TotalMilliseconds.ToString("0") + " ms after the start, cancelled at 200 ms.");
    }

    /// <summary>No AD0001 when the analyzer's own checks observe the cancellation: a run whose helper cancels at every point in turn.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(1_500)]
    public async Task NoAnalyzerExceptionWhereverTheCancellationFalls(int operations)
    {
        Compilation compilation = AnalyzerRun.CreateCompilation(new[] { new SourceFile("/Form.cs", PathologicalSources.ManyFormAddsSentToVideoCall(adds: 500).Text) });
        using var cancellation = new CancellationTokenSource();
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(AnalyzerRun.Analyzer, new CancelAfterOperations(cancellation, operations)), options);

        Exception? thrown = await Record.ExceptionAsync(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.Empty(exceptions);
    }

    private static Compilation LargeCompilation()
        => AnalyzerRun.CreateCompilation(new[] { new SourceFile("/Large.cs", PathologicalSources.LargeFile().Text) });

    /// <summary>A helper analyzer that cancels the run when it has seen <c>operations</c> operations.</summary>
#pragma warning disable RS1036 // A test helper inside the test assembly, never shipped.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CancelAfterOperations : DiagnosticAnalyzer
    {
        private readonly CancellationTokenSource _cancellation;
        private readonly int _operations;
        private int _seen;
        private int _afterCancel;
        private long _cancelledAt;

        public CancelAfterOperations(CancellationTokenSource cancellation, int operations)
        {
            _cancellation = cancellation;
            _operations = operations;
        }

        public int OperationsAfterCancel => _afterCancel;

        public TimeSpan SinceCancelled => _cancelledAt == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_cancelledAt);

        // The driver skips an analyzer without an enabled diagnostic: this one never reports it.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            new DiagnosticDescriptor("TEST001", "Cancels", "Cancels", "Test", DiagnosticSeverity.Info, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(
                _ =>
                {
                    int seen = Interlocked.Increment(ref _seen);
                    if (seen == _operations)
                    {
                        Interlocked.Exchange(ref _cancelledAt, Stopwatch.GetTimestamp());
                        _cancellation.Cancel();
                    }
                    else if (seen > _operations)
                    {
                        Interlocked.Increment(ref _afterCancel);
                    }
                },
                OperationKind.Invocation,
                OperationKind.Literal,
                OperationKind.ObjectCreation);
        }
    }
#pragma warning restore RS1036
}
