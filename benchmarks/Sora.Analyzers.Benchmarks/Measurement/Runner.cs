using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Benchmarks.Corpus;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// Measures one corpus: the compile without analyzers (parse + emit to memory, fresh each run, median), and in the same
/// iterations one <see cref="CompilationWithAnalyzers"/> pass with the Sora analyzers and the two peers together, with
/// <c>logAnalyzerExecutionTime</c> on, reading each analyzer's execution time from the telemetry and the bytes allocated
/// by all threads during the pass. Then, once each, isolated passes (a no-op analyzer, Sora alone, each peer alone) whose
/// allocation difference to the no-op pass is what each analyzer allocates itself.
/// </summary>
internal sealed class Runner
{
    public const string BaselineLabel = "no-op";
    public const string RegistrationsBaselineLabel = "no-op with Sora's registrations";
    public const string SoraLabel = "Sora";

    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse);

    private readonly AnalyzerSet _analyzers;
    private readonly BenchmarkOptions _options;
    private readonly TextWriter _log;

    public Runner(AnalyzerSet analyzers, BenchmarkOptions options, TextWriter log)
    {
        _analyzers = analyzers;
        _options = options;
        _log = log;
    }

    public CSharpCompilationOptions CompilationOptions => new CSharpCompilationOptions(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: _options.Concurrent,
        deterministic: true,
        // OPENAI001: the SDK's video client is [Experimental]; projects that use it put it in NoWarn. The peers' ids are
        // enabled explicitly so that their default severity (and any AnalysisLevel) cannot switch them off.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["OPENAI001"] = ReportDiagnostic.Suppress,
            [AnalyzerSet.FormatRuleId] = ReportDiagnostic.Warn,
            [AnalyzerSet.LoggingRuleId] = ReportDiagnostic.Warn,
        });

    /// <summary>
    /// Unmeasured passes over up to 100 files (about 30,000 lines) of the corpus, so that the measured runs find the
    /// compiler and the analyzers already compiled by the JIT at its optimizing tier: two compiles (unless the compiler
    /// was warmed up already, on another kind of corpus), then an analysis pass.
    /// </summary>
    public async Task WarmUpAsync(IReadOnlyList<SourceFile> files, bool compile)
    {
        IReadOnlyList<SourceFile> slice = files.Take(Math.Min(files.Count, 100)).ToArray();
        var watch = Stopwatch.StartNew();
        for (int pass = 0; compile && pass < 2; pass++)
        {
            Emit(CreateCompilation(Parse(slice)));
        }

        await AnalyzeAsync(CreateCompilation(Parse(slice)), _analyzers.All.Add(new NoOpAnalyzer()), null).ConfigureAwait(false);
        _log.WriteLine($"Warm-up on {slice.Sum(f => f.LineCount):N0} lines: {watch.Elapsed.TotalSeconds:F0} s");
    }

    public async Task<CorpusResult> MeasureAsync(CorpusToMeasure corpus)
    {
        IReadOnlyList<SourceFile> files = corpus.Files;
        GeneratedCorpus? generated = corpus.Generated;
        var result = new CorpusResult
        {
            Name = corpus.Name,
            Lines = files.Sum(f => f.LineCount),
            Files = files.Count,
            Kind = corpus.Kind,
            Generated = generated,
        };

        for (int run = 1; run <= _options.Runs; run++)
        {
            Collect();
            TimeSpan cpuBefore = ProcessorTime();
            var watch = Stopwatch.StartNew();
            ImmutableArray<SyntaxTree> trees = Parse(files);
            double parseMs = watch.Elapsed.TotalMilliseconds;
            CSharpCompilation compilation = CreateCompilation(trees);
            ImmutableArray<Diagnostic> emitDiagnostics = Emit(compilation);
            double compileMs = watch.Elapsed.TotalMilliseconds;
            result.ParseMs.Add(parseMs);
            result.CompileMs.Add(compileMs);
            result.CompileCpuMs.Add((ProcessorTime() - cpuBefore).TotalMilliseconds);
            if (run == 1)
            {
                Diagnostic[] errors = emitDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                result.CompileErrors = errors.Length;
                result.FirstCompileErrors.AddRange(errors.Take(20).Select(d => d.ToString()));
                if (errors.Length > 0 && generated != null)
                {
                    // The generated corpus must compile: a benchmark of code that does not bind measures the wrong thing.
                    return result;
                }
            }

            compilation = null!;

            // Binding on its own, for the denominator of issue 20's measurement; the CI smoke run measures no time.
            if (!_options.Smoke)
            {
                result.BindMs.Add(Bind(trees));
            }

            Collect();
            AnalysisRun analysis = await AnalyzeAsync(CreateCompilation(trees), _analyzers.All, result).ConfigureAwait(false);
            result.AnalysisWallMs.Add(analysis.WallMs);
            result.AnalysisCpuMs.Add(analysis.CpuMs);
            result.AnalysisAllocatedBytes.Add(analysis.AllocatedBytes);
            result.SoraMs.Add(_analyzers.Sora.Sum(a => analysis.Telemetry[a].ExecutionTime.TotalMilliseconds));
            result.FormatMs.Add(analysis.Telemetry[_analyzers.Format].ExecutionTime.TotalMilliseconds);
            result.LoggingMs.Add(analysis.Telemetry[_analyzers.Logging].ExecutionTime.TotalMilliseconds);
            _log.WriteLine(
                $"  run {run}/{_options.Runs}: parse {parseMs,7:F0} ms, compile {compileMs,7:F0} ms (CPU {result.CompileCpuMs[^1],7:F0}), bind {(result.BindMs.Count == run ? result.BindMs[^1] : double.NaN),7:F0} ms | analysis pass {analysis.WallMs,7:F0} ms (CPU {analysis.CpuMs,7:F0}), "
                + $"Sora {result.SoraMs[^1],7:F1} ms, CA2241 {result.FormatMs[^1],7:F1} ms, CA2017 {result.LoggingMs[^1],7:F1} ms, "
                + $"{analysis.AllocatedBytes / 1048576.0:F0} MB allocated");

            if (run == _options.Runs)
            {
                Record(result, analysis);
            }
        }

        if (_options.Isolate)
        {
            var noOp = new NoOpAnalyzer();
            var isolated = new (string Label, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
            {
                (BaselineLabel, ImmutableArray.Create<DiagnosticAnalyzer>(noOp)),
                (RegistrationsBaselineLabel, ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpRegistrationsAnalyzer())),
                (SoraLabel, _analyzers.Sora),
                (AnalyzerSet.FormatRuleId, ImmutableArray.Create(_analyzers.Format)),
                (AnalyzerSet.LoggingRuleId, ImmutableArray.Create(_analyzers.Logging)),
            };
            foreach ((string label, ImmutableArray<DiagnosticAnalyzer> analyzers) in isolated)
            {
                (AnalysisRun analysis, double executionMs) = await AnalyzeAloneAsync(files, analyzers, result).ConfigureAwait(false);
                result.Isolated[label] = (analysis.AllocatedBytes, analysis.WallMs, executionMs, LoadAdjusted(executionMs, analysis));
                if (label == BaselineLabel)
                {
                    result.CallsVisited = noOp.Visited;
                }

                _log.WriteLine($"  alone: {label} pass {analysis.WallMs,8:F0} ms (CPU {analysis.CpuMs,8:F0}), telemetry {executionMs,7:F1} ms (load-adjusted {LoadAdjusted(executionMs, analysis),7:F1}), {analysis.AllocatedBytes / 1048576.0,7:F1} MB allocated");
            }

            if (corpus is { Kind: CorpusKind kind, WriteVariant: not null, Generated.Requests.Count: > 0 })
            {
                result.Attribution = await AttributeAsync(corpus, CorpusKinds.AttributionExtras(kind), result).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>
    /// Sora alone on the corpus and on its two variants (<see cref="CorpusExtras"/>), the three together once per run;
    /// null when a variant does not compile (its figures would not be the cost of what was added).
    /// </summary>
    private async Task<CostAttribution?> AttributeAsync(CorpusToMeasure corpus, CorpusExtras extras, CorpusResult result)
    {
        GeneratedCorpus withVideoRequests = corpus.WriteVariant!(extras with { PayloadsPerFile = 0 });
        GeneratedCorpus withPayloads = corpus.WriteVariant!(extras with { VideoRequestsPerFile = 0 });
        foreach ((string suffix, GeneratedCorpus variant) in new[] { ("with-video-requests", withVideoRequests), ("with-payloads", withPayloads) })
        {
            if (_options.WriteCorpus != null)
            {
                CorpusFolder.Write(Path.Combine(_options.WriteCorpus, corpus.Name.Replace(' ', '-') + "-" + suffix), variant.Files, _log);
            }

            CSharpCompilation compilation = CreateCompilation(Parse(variant.Files));
            Diagnostic? error = compilation.GetParseDiagnostics().Concat(compilation.GetDeclarationDiagnostics()).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error != null)
            {
                _log.WriteLine($"  cost per request not measured: a variant of {corpus.Name} does not compile: {error}");
                return null;
            }
        }

        var attribution = new CostAttribution(withVideoRequests.ExtraVideoRequests, withPayloads.ExtraPayloads);
        ImmutableArray<DiagnosticAnalyzer> noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());
        attribution.NoOpCorpusBytes = (await AnalyzeAloneAsync(corpus.Files, noOp, result).ConfigureAwait(false)).Analysis.AllocatedBytes;
        attribution.NoOpWithVideoRequestsBytes = (await AnalyzeAloneAsync(withVideoRequests.Files, noOp, result).ConfigureAwait(false)).Analysis.AllocatedBytes;
        attribution.NoOpWithPayloadsBytes = (await AnalyzeAloneAsync(withPayloads.Files, noOp, result).ConfigureAwait(false)).Analysis.AllocatedBytes;
        ImmutableArray<DiagnosticAnalyzer> registrations = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpRegistrationsAnalyzer());
        attribution.RegistrationsCorpusBytes = (await AnalyzeAloneAsync(corpus.Files, registrations, result).ConfigureAwait(false)).Analysis.AllocatedBytes;
        attribution.RegistrationsWithPayloadsBytes = (await AnalyzeAloneAsync(withPayloads.Files, registrations, result).ConfigureAwait(false)).Analysis.AllocatedBytes;
        for (int run = 1; run <= _options.Runs; run++)
        {
            await SoraAloneAsync(corpus.Files, attribution.CorpusMs, attribution.CorpusBytes).ConfigureAwait(false);
            await SoraAloneAsync(withVideoRequests.Files, attribution.WithVideoRequestsMs, attribution.WithVideoRequestsBytes).ConfigureAwait(false);
            await SoraAloneAsync(withPayloads.Files, attribution.WithPayloadsMs, attribution.WithPayloadsBytes).ConfigureAwait(false);
            _log.WriteLine(
                $"  cost run {run}/{_options.Runs}: Sora alone {attribution.CorpusMs[^1],7:F1} ms; +{attribution.AddedVideoRequests:N0} video requests {attribution.WithVideoRequestsMs[^1],7:F1} ms "
                + $"({attribution.MicrosecondsPerVideoRequestRuns[^1]:F1} µs, {attribution.BytesPerVideoRequestRuns[^1]:F0} B each); +{attribution.AddedPayloads:N0} non-video payloads {attribution.WithPayloadsMs[^1],7:F1} ms "
                + $"({attribution.MicrosecondsPerPayloadRuns[^1]:F2} µs, {attribution.BytesPerPayloadRuns[^1]:F1} B each, of which {attribution.RegistrationBytesPerPayload:F1} B the driver's for Sora's registrations)");
        }

        return attribution;

        // Sora alone on the files: its load-adjusted telemetry time and the bytes its pass allocated (binding included;
        // the no-op passes above give what binding allocates).
        async Task SoraAloneAsync(IReadOnlyList<SourceFile> files, List<double> milliseconds, List<double> bytes)
        {
            (AnalysisRun analysis, double executionMs) = await AnalyzeAloneAsync(files, _analyzers.Sora, result).ConfigureAwait(false);
            milliseconds.Add(LoadAdjusted(executionMs, analysis));
            bytes.Add(analysis.AllocatedBytes);
        }
    }

    /// <summary>
    /// Only Sora alone on the corpus, <paramref name="passes"/> times, each on freshly parsed trees (--profile-sora): a
    /// process whose samples are nearly all the isolated Sora pass, for a profiler attached to it (docs/performance.md,
    /// "Where the time goes").
    /// </summary>
    public async Task ProfileSoraAsync(CorpusToMeasure corpus, int passes)
    {
        for (int pass = 1; pass <= passes; pass++)
        {
            (AnalysisRun analysis, double executionMs) = await AnalyzeAloneAsync(corpus.Files, _analyzers.Sora, null).ConfigureAwait(false);
            _log.WriteLine($"  Sora alone, pass {pass}/{passes}: pass {analysis.WallMs,7:F0} ms (CPU {analysis.CpuMs,7:F0}), telemetry {executionMs,7:F1} ms (load-adjusted {LoadAdjusted(executionMs, analysis),7:F1}), {analysis.AllocatedBytes / 1048576.0,7:F1} MB allocated");
        }
    }

    /// <summary>
    /// An analyzer's telemetry time with the share of the pass the OS gave to other processes taken out: the telemetry is
    /// wall time inside the callbacks, and in a sequential pass the process's CPU time over its wall time is the share it
    /// ran. Assumes the OS took the core from the callbacks as often as from the rest of the pass (they are many short
    /// intervals spread over it); equal to the telemetry on an idle machine (docs/performance.md, "Load-adjusted").
    /// </summary>
    public static double LoadAdjusted(double executionMs, AnalysisRun analysis)
        => analysis.WallMs > 0 ? executionMs * Math.Min(1, analysis.CpuMs / analysis.WallMs) : executionMs;

    /// <summary>One pass of <paramref name="analyzers"/> alone on freshly parsed trees: the pass and their telemetry time.</summary>
    private async Task<(AnalysisRun Analysis, double ExecutionMs)> AnalyzeAloneAsync(IReadOnlyList<SourceFile> files, ImmutableArray<DiagnosticAnalyzer> analyzers, CorpusResult? result)
    {
        // Fresh trees for each pass: a tree keeps the syntax nodes a pass realizes, so a reused tree would make
        // the passes after the first allocate less and the differences meaningless.
        ImmutableArray<SyntaxTree> trees = Parse(files);
        Collect();
        AnalysisRun analysis = await AnalyzeAsync(CreateCompilation(trees), analyzers, result).ConfigureAwait(false);
        return (analysis, analyzers.Sum(a => analysis.Telemetry[a].ExecutionTime.TotalMilliseconds));
    }

    private void Record(CorpusResult result, AnalysisRun analysis)
    {
        foreach (Diagnostic diagnostic in analysis.Diagnostics)
        {
            result.DiagnosticCounts[diagnostic.Id] = result.DiagnosticCounts.TryGetValue(diagnostic.Id, out int count) ? count + 1 : 1;
            if (diagnostic.Id.StartsWith("SORA", StringComparison.Ordinal))
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                result.SoraDiagnostics.Add((diagnostic.Id, span.Path, span.StartLinePosition.Line));
            }
        }

        foreach (DiagnosticAnalyzer analyzer in _analyzers.Sora)
        {
            AnalyzerTelemetryInfo info = analysis.Telemetry[analyzer];
            Add("compilation start", info.CompilationStartActionsCount);
            Add("compilation end", info.CompilationEndActionsCount);
            Add("operation", info.OperationActionsCount);
            Add("operation block start", info.OperationBlockStartActionsCount);
            Add("syntax node", info.SyntaxNodeActionsCount);
            Add("syntax tree", info.SyntaxTreeActionsCount);
            Add("semantic model", info.SemanticModelActionsCount);
            Add("symbol", info.SymbolActionsCount);
            Add("code block start", info.CodeBlockStartActionsCount);
        }

        void Add(string kind, int count)
        {
            if (count > 0)
            {
                result.SoraActionCounts[kind] = result.SoraActionCounts.TryGetValue(kind, out int sum) ? sum + count : count;
            }
        }
    }

    private async Task<AnalysisRun> AnalyzeAsync(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, CorpusResult? result)
    {
        var soraAnalyzers = new HashSet<DiagnosticAnalyzer>(_analyzers.Sora);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                if (result != null && soraAnalyzers.Contains(analyzer))
                {
                    lock (result.SoraExceptions)
                    {
                        result.SoraExceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}");
                    }
                }
            },
            concurrentAnalysis: _options.Concurrent,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(analyzers, options);

        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan cpuBefore = ProcessorTime();
        var watch = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        double wallMs = watch.Elapsed.TotalMilliseconds;
        double cpuMs = (ProcessorTime() - cpuBefore).TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (DiagnosticAnalyzer analyzer in analyzers)
        {
            telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
        }

        return new AnalysisRun(diagnostics, wallMs, cpuMs, allocated, telemetry);
    }

    private static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<SourceFile> files)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(files.Count);
        foreach (SourceFile file in files)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(file.Text, Encoding.UTF8), ParseOptions, file.Path));
        }

        return trees.MoveToImmutable();
    }

    private CSharpCompilation CreateCompilation(ImmutableArray<SyntaxTree> trees)
        => CSharpCompilation.Create("Corpus", trees, CorpusReferences.All, CompilationOptions);

    /// <summary>
    /// Milliseconds to bind a fresh compilation of <paramref name="trees"/>: every tree's semantic model asked for its
    /// diagnostics, one after the other, as the analyzer driver has them bound; nothing is lowered or emitted. Issue 20's
    /// independent measurement used this as the denominator.
    /// </summary>
    private double Bind(ImmutableArray<SyntaxTree> trees)
    {
        CSharpCompilation compilation = CreateCompilation(trees);
        Collect();
        var watch = Stopwatch.StartNew();
        foreach (SyntaxTree tree in trees)
        {
            compilation.GetSemanticModel(tree).GetDiagnostics();
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static ImmutableArray<Diagnostic> Emit(CSharpCompilation compilation)
    {
        using var peStream = new MemoryStream();
        return compilation.Emit(peStream).Diagnostics;
    }

    /// <summary>CPU time of this process (all threads): unlike wall time, not inflated by other processes on the machine.</summary>
    private static TimeSpan ProcessorTime()
    {
        using Process process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal sealed record AnalysisRun(ImmutableArray<Diagnostic> Diagnostics, double WallMs, double CpuMs, long AllocatedBytes, Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry);
}
