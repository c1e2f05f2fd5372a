using System;
using System.Collections.Generic;
using System.Linq;
using Sora.Analyzers.Benchmarks.Corpus;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>Everything measured on one corpus.</summary>
internal sealed class CorpusResult
{
    public required string Name { get; init; }

    public required int Lines { get; init; }

    public required int Files { get; init; }

    public CorpusKind? Kind { get; init; }

    public GeneratedCorpus? Generated { get; init; }

    public int CompileErrors { get; set; }

    public List<string> FirstCompileErrors { get; } = new List<string>();

    public List<double> ParseMs { get; } = new List<double>();

    public List<double> CompileMs { get; } = new List<double>();

    /// <summary>CPU time of the whole process during the compile (sequential mode: one thread, plus GC and JIT).</summary>
    public List<double> CompileCpuMs { get; } = new List<double>();

    /// <summary>
    /// Binding alone, a fresh compilation of the same trees whose semantic models are asked for their diagnostics, one tree
    /// after the other: declarations and method bodies bound, nothing lowered or emitted (empty with --smoke).
    /// </summary>
    public List<double> BindMs { get; } = new List<double>();

    public List<double> AnalysisWallMs { get; } = new List<double>();

    public List<double> AnalysisCpuMs { get; } = new List<double>();

    public List<double> AnalysisAllocatedBytes { get; } = new List<double>();

    public List<double> SoraMs { get; } = new List<double>();

    public List<double> FormatMs { get; } = new List<double>();

    public List<double> LoggingMs { get; } = new List<double>();

    /// <summary>Diagnostics of the last combined run, by id.</summary>
    public SortedDictionary<string, int> DiagnosticCounts { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Sora diagnostics of the last combined run: id, file, 0-based line.</summary>
    public List<(string Id, string Path, int Line)> SoraDiagnostics { get; } = new List<(string, string, int)>();

    /// <summary>Exceptions thrown by the Sora analyzers (AD0001), any run.</summary>
    public List<string> SoraExceptions { get; } = new List<string>();

    /// <summary>Action counts the Sora analyzers registered (telemetry of the last combined run).</summary>
    public Dictionary<string, int> SoraActionCounts { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Isolated runs (one analyzer at a time, once each), by label: allocated bytes, the pass's wall time, the analyzer's
    /// telemetry time, and that time adjusted for the load (<see cref="Runner.LoadAdjusted"/>).
    /// </summary>
    public Dictionary<string, (double AllocatedBytes, double WallMs, double ExecutionMs, double AdjustedMs)> Isolated { get; } = new Dictionary<string, (double, double, double, double)>(StringComparer.Ordinal);

    /// <summary>Sora's cost per video request and per non-video payload (generated corpora with isolation on).</summary>
    public CostAttribution? Attribution { get; set; }

    /// <summary>Invocations, object creations and anonymous objects in the corpus (counted by the no-op analyzer of the isolated passes).</summary>
    public long CallsVisited { get; set; }

    public double Compile => Stats.Median(CompileMs);

    public double CompileCpu => Stats.Median(CompileCpuMs);

    public double Bind => Stats.Median(BindMs);

    /// <summary>Compile wall time over its CPU time: about 1 on an idle machine in sequential mode, more when others compete for the cores.</summary>
    public double BusyFactor => Stats.Ratio(Compile, CompileCpu);

    public double Sora => Stats.Median(SoraMs);

    public double Format => Stats.Median(FormatMs);

    public double Logging => Stats.Median(LoggingMs);

    /// <summary>Sora's time (combined pass) over binding's, the denominator of issue 20's independent measurement; NaN when not measured.</summary>
    public double SoraOverBind => Stats.Ratio(Sora, Bind);

    /// <summary>Sora's time over CA2241's in the isolated passes (each alone, load-adjusted), or NaN when not measured.</summary>
    public double SoraOverFormatIsolated
        => Isolated.TryGetValue(Runner.SoraLabel, out var sora) && Isolated.TryGetValue(AnalyzerSet.FormatRuleId, out var format)
            ? Stats.Ratio(sora.AdjustedMs, format.AdjustedMs)
            : double.NaN;

    public int SoraDiagnosticCount => SoraDiagnostics.Count;

    public int Count(string id) => DiagnosticCounts.TryGetValue(id, out int count) ? count : 0;

    public double PerThousandLines(double ms) => Lines == 0 ? 0 : ms / (Lines / 1000.0);

    /// <summary>Allocated by analyzer <paramref name="label"/> alone beyond the no-op baseline, or null when not measured.</summary>
    public double? IsolatedAllocation(string label)
        => Isolated.TryGetValue(label, out var run) && Isolated.TryGetValue(Runner.BaselineLabel, out var baseline)
            ? run.AllocatedBytes - baseline.AllocatedBytes
            : null;
}

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double[] sorted = values.OrderBy(v => v).ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : double.NaN;
}
