using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Sora.Analyzers.Benchmarks.Corpus;
using Sora.Analyzers.Benchmarks.Measurement;
using static Sora.Analyzers.Benchmarks.Reporting.Formats;

namespace Sora.Analyzers.Benchmarks.Reporting;

/// <summary>The printed table and the markdown report.</summary>
internal static class Report
{
    public static void PrintTable(IReadOnlyList<CorpusResult> results, TextWriter output)
    {
        string[] header = { "corpus", "lines", "files", "compile ms", "CPU ms", "busy", "Sora ms", "CA2241 ms", "CA2017 ms", "Sora/compile", "Sora/CA2241", "Sora/CA2017", "Sora ms/1k lines", "SORA diags", "CA2241", "CA2017" };
        List<string[]> rows = results.Select(r => new[]
        {
            r.Name, N(r.Lines), N(r.Files), Ms(r.Compile), Ms(r.CompileCpu), F(r.BusyFactor, "F1") + "x", Ms(r.Sora), Ms(r.Format), Ms(r.Logging),
            Percent(Stats.Ratio(r.Sora, r.Compile)), Times(Stats.Ratio(r.Sora, r.Format)), Times(Stats.Ratio(r.Sora, r.Logging)),
            F(r.PerThousandLines(r.Sora), "F3"), N(r.SoraDiagnosticCount), N(r.Count(AnalyzerSet.FormatRuleId)), N(r.Count(AnalyzerSet.LoggingRuleId)),
        }).ToList();
        int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, i) => h.PadLeft(widths[i]))));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
        }
    }

    /// <summary>
    /// The figures issue 20 asks for, one row per corpus, generated or read with --path: Sora over compile and over binding,
    /// over CA2241 in the combined pass and in the isolated passes, and the cost (time and Sora's own allocations) per video
    /// request and per non-video payload; "-" where this run did not measure it (--smoke, --no-isolation, --path).
    /// </summary>
    public static void PrintCostTable(IReadOnlyList<CorpusResult> results, TextWriter output)
    {
        List<string[]> rows = results.Select(CostRow).ToList();
        int[] widths = CostHeader.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", CostHeader.Select((h, i) => h.PadLeft(widths[i]))));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (string[] row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
        }
    }

    private static readonly string[] CostHeader =
    {
        "corpus", "compile ms", "bind ms", "Sora ms", "Sora/compile", "Sora/bind", "Sora/CA2241 same pass", "Sora/CA2241 alone",
        "µs/video request", "µs/payload", "B/video request", "B/payload", "B/payload: registrations",
    };

    private static string[] CostRow(CorpusResult r)
    {
        CostAttribution? cost = r.Attribution;
        return new[]
        {
            r.Name, Ms(r.Compile), Ms(r.Bind), Ms(r.Sora), Percent(Stats.Ratio(r.Sora, r.Compile)), Percent(r.SoraOverBind), Times(Stats.Ratio(r.Sora, r.Format)),
            Times(r.SoraOverFormatIsolated), Us(cost?.MicrosecondsPerVideoRequest ?? double.NaN), Us(cost?.MicrosecondsPerPayload ?? double.NaN),
            Bytes(cost?.BytesPerVideoRequest ?? double.NaN), Bytes(cost?.BytesPerPayload ?? double.NaN), Bytes(cost?.RegistrationBytesPerPayload ?? double.NaN),
        };
    }

    public static void PrintTargets(IReadOnlyList<CorpusResult> results, TextWriter output)
    {
        IReadOnlyList<TargetRow> rows = Targets.Evaluate(results);
        int corpus = rows.Max(row => row.Corpus.Length), target = rows.Max(row => row.Target.Length);
        foreach (TargetRow row in rows)
        {
            output.WriteLine($"{row.Corpus.PadRight(corpus)}  {row.Target.PadRight(target)}  {row.Verdict,-12}  {row.Figure}");
        }
    }

    /// <summary>The recall table of each generated corpus: what the finders catch per shape, and what they flag that they should not.</summary>
    public static void PrintRecall(IReadOnlyList<CorpusResult> results, TextWriter output)
    {
        string[] header = { "kind", "shape", "rejected", "caught", "other id", "accepted", "flagged" };
        foreach (CorpusResult r in results.Where(r => r.Generated != null))
        {
            RecallSummary recall = Recall.Compute(r);
            List<string[]> rows = recall.Rows.Select(row => new[]
            {
                RequestShapes.Group(row.Shape), row.Shape.ToString(), N(row.Rejected), N(row.Caught), N(row.WrongRule), N(row.Accepted), N(row.FlaggedAccepted),
            }).ToList();
            int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(row => row[i].Length))).ToArray();
            output.WriteLine($"Planted requests in {r.Name}:");
            output.WriteLine("  " + string.Join("  ", header.Select((h, i) => i < 2 ? h.PadRight(widths[i]) : h.PadLeft(widths[i]))));
            foreach (string[] row in rows)
            {
                output.WriteLine("  " + string.Join("  ", row.Select((cell, i) => i < 2 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
            }

            output.WriteLine($"  Sora diagnostics outside any planted request: {recall.Outside}{(recall.OutsideSamples.Count > 0 ? " (first: " + string.Join(", ", recall.OutsideSamples) + ")" : string.Empty)}; "
                + $"planted non-video payloads flagged: {recall.FlaggedPayloads} of {N(r.Generated!.Payloads.Count)}");
        }
    }

    public static string Markdown(IReadOnlyList<CorpusResult> results, BenchmarkOptions options, AnalyzerSet analyzers, RunEnvironment environment)
    {
        var md = new StringBuilder();
        md.AppendLine("# Sora.Analyzers benchmark report").AppendLine();
        md.AppendLine($"- Command: `dotnet run -c Release --project benchmarks/Sora.Analyzers.Benchmarks --{(options.Arguments.Count == 0 ? string.Empty : " " + string.Join(' ', options.Arguments))}`");
        md.AppendLine($"- Started: {environment.StartedUtc}; commit `{environment.Commit}`");
        md.AppendLine($"- Machine: {environment.Machine}");
        md.AppendLine($"- Load average (1/5/15 min) at start: {environment.LoadAtStart}; at end: {environment.LoadAtEnd}");
        md.AppendLine($"- Compiler: Microsoft.CodeAnalysis.CSharp {environment.Roslyn}; Sora analyzers {environment.SoraAnalyzers} ({string.Join(", ", analyzers.Sora.Select(AnalyzerSet.NameOf))}); peers: Microsoft.CodeAnalysis.NetAnalyzers {analyzers.PeerVersion} ({AnalyzerSet.NameOf(analyzers.Format)} for {Ids(analyzers.Format)}, {AnalyzerSet.NameOf(analyzers.Logging)} for {Ids(analyzers.Logging)})");
        md.AppendLine($"- Mode: {(options.Concurrent ? "concurrent build and concurrent analysis" : "sequential build and sequential analysis (one thread each)")}; {options.Runs} measured run(s) per corpus, medians below; generator seed {options.Seed}; corpora: {string.Join(", ", options.Corpora.Select(CorpusKinds.Name))}{(options.Plain ? " (plain: no video code)" : string.Empty)}");
        md.AppendLine($"- References: .NET 10 reference assemblies (Basic.Reference.Assemblies.Net100) + {string.Join(", ", CorpusReferences.LibraryNames)}");
        md.AppendLine();

        md.AppendLine("## Summary").AppendLine();
        md.AppendLine("Times are medians in milliseconds. *compile* is parse + emit to memory without analyzers; the analyzer times are the");
        md.AppendLine("`CompilationWithAnalyzers` telemetry (`ExecutionTime`, wall time inside the analyzer's callbacks) of one pass that runs");
        md.AppendLine("the three together. *compile CPU* is the process's CPU time during the compile; *busy* = compile wall / compile CPU, about 1.0x");
        md.AppendLine("on an idle machine: above that, other processes took the cores and every wall-clock figure (telemetry included) is inflated.").AppendLine();
        md.AppendLine("| corpus | lines | files | compile | compile CPU | busy | Sora | CA2241 | CA2017 | Sora/compile | Sora/CA2241 | Sora/CA2017 | SORA diagnostics | CA2241 | CA2017 |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (CorpusResult r in results)
        {
            md.AppendLine($"| {r.Name} | {N(r.Lines)} | {N(r.Files)} | {Ms(r.Compile)} | {Ms(r.CompileCpu)} | {F(r.BusyFactor, "F1")}x | {Ms(r.Sora)} | {Ms(r.Format)} | {Ms(r.Logging)} | {Percent(Stats.Ratio(r.Sora, r.Compile))} | {Times(Stats.Ratio(r.Sora, r.Format))} | {Times(Stats.Ratio(r.Sora, r.Logging))} | {N(r.SoraDiagnosticCount)} | {N(r.Count(AnalyzerSet.FormatRuleId))} | {N(r.Count(AnalyzerSet.LoggingRuleId))} |");
        }

        md.AppendLine().AppendLine("## The figures of issue 20").AppendLine();
        md.AppendLine("*bind* is binding alone (a fresh compilation of the same trees, each semantic model's `GetDiagnostics`), the denominator of issue 20's");
        md.AppendLine("independent measurement; *same pass* is the combined pass's telemetry, *alone* the isolated passes' (load-adjusted); the costs per");
        md.AppendLine("video request and per non-video payload are medians of the runs (time: load-adjusted telemetry; bytes: what Sora allocates itself,");
        md.AppendLine("its pass minus a no-op analyzer's on the same files; *registrations*: the part of it that a no-op analyzer with Sora's registrations");
        md.AppendLine("allocates too, the driver's per-block bookkeeping). \"-\": not measured in this run (--smoke, --no-isolation, --path).").AppendLine();
        md.AppendLine("| " + string.Join(" | ", CostHeader) + " |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("--:|", CostHeader.Length - 1)));
        foreach (CorpusResult r in results)
        {
            md.AppendLine("| " + string.Join(" | ", CostRow(r)) + " |");
        }

        AppendTargets(md, results);
        AppendCostPerRequest(md, results);

        md.AppendLine().AppendLine("## Time per 1,000 lines").AppendLine();
        md.AppendLine("Milliseconds per 1,000 lines; *growth* is Sora's cost per line relative to the smallest corpus of the same kind (1.00 = linear).").AppendLine();
        md.AppendLine("| corpus | lines | compile | Sora | CA2241 | CA2017 | Sora growth |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|");
        foreach (CorpusResult r in results)
        {
            CorpusResult? smallest = results.Where(c => c.Kind == r.Kind && c.Lines > 0).OrderBy(c => c.Lines).FirstOrDefault();
            double growth = smallest == null ? double.NaN : Stats.Ratio(r.PerThousandLines(r.Sora), smallest.PerThousandLines(smallest.Sora));
            md.AppendLine($"| {r.Name} | {N(r.Lines)} | {F(r.PerThousandLines(r.Compile), "F1")} | {F(r.PerThousandLines(r.Sora), "F3")} | {F(r.PerThousandLines(r.Format), "F3")} | {F(r.PerThousandLines(r.Logging), "F3")} | {F(growth, "F2")} |");
        }

        md.AppendLine().AppendLine("## Allocations").AppendLine();
        md.AppendLine("*analysis pass*: bytes allocated by all threads (`GC.GetTotalAllocatedBytes(true)`) during the combined pass, binding included.");
        md.AppendLine("The other columns come from isolated passes (one analyzer each, once): the analyzer's pass minus a no-op analyzer's pass");
        md.AppendLine("that registers the same operation kinds, i.e. what the analyzer allocates itself.").AppendLine();
        md.AppendLine("*operations* are the invocations, object creations and anonymous objects of the corpus, the operations Sora registers for;");
        md.AppendLine("Sora's telemetry time and allocations per operation show the cost of its check on each (nearly all do not match).").AppendLine();
        md.AppendLine("*Sora's registrations MB*: a no-op analyzer that registers what Sora registers (block-start actions included) and does nothing,");
        md.AppendLine("beyond the plain no-op: the driver's share of Sora's MB.").AppendLine();
        md.AppendLine("| corpus | analysis pass MB | no-op pass MB | Sora MB | Sora's registrations MB | CA2241 MB | CA2017 MB | operations | Sora bytes/operation | Sora ns/operation |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (CorpusResult r in results)
        {
            double? sora = r.IsolatedAllocation(Runner.SoraLabel);
            string perCallBytes = sora == null || r.CallsVisited == 0 ? "-" : F(sora.Value / r.CallsVisited, "F1");
            string perCallNs = r.CallsVisited == 0 ? "-" : F(r.Sora * 1e6 / r.CallsVisited, "F0");
            md.AppendLine($"| {r.Name} | {Mb(Stats.Median(r.AnalysisAllocatedBytes))} | {(r.Isolated.TryGetValue(Runner.BaselineLabel, out var b) ? Mb(b.AllocatedBytes) : "-")} | {Mb(sora)} | {Mb(r.IsolatedAllocation(Runner.RegistrationsBaselineLabel))} | {Mb(r.IsolatedAllocation(AnalyzerSet.FormatRuleId))} | {Mb(r.IsolatedAllocation(AnalyzerSet.LoggingRuleId))} | {(r.CallsVisited == 0 ? "-" : r.CallsVisited.ToString("N0", CultureInfo.InvariantCulture))} | {perCallBytes} | {perCallNs} |");
        }

        foreach (CorpusResult r in results)
        {
            AppendDetails(md, r);
        }

        md.AppendLine().AppendLine("See docs/performance.md for what is measured, how, and the limits of analyzer telemetry.");
        return md.ToString();
    }

    private static void AppendTargets(StringBuilder md, IReadOnlyList<CorpusResult> results)
    {
        md.AppendLine().AppendLine("## Targets").AppendLine();
        md.AppendLine("Sora/compile is the combined pass's median; Sora/CA2241 compares the isolated passes (each analyzer alone, load-adjusted); the costs per");
        md.AppendLine("video request and per non-video payload come from the isolated Sora passes of the next section; growth compares the");
        md.AppendLine("smallest and the largest corpus of a kind (the combined pass's medians).").AppendLine();
        md.AppendLine("| corpus | target | figure | |");
        md.AppendLine("|---|---|---|---|");
        foreach (TargetRow row in Targets.Evaluate(results))
        {
            md.AppendLine($"| {row.Corpus} | {row.Target} | {row.Figure} | {(row.Met == false ? "**not met**" : row.Verdict)} |");
        }
    }

    private static void AppendCostPerRequest(StringBuilder md, IReadOnlyList<CorpusResult> results)
    {
        CorpusResult[] attributed = results.Where(r => r.Attribution != null).ToArray();
        if (attributed.Length == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("## Cost per video request and per non-video payload").AppendLine();
        md.AppendLine("Sora alone (load-adjusted telemetry, median of the runs) on the corpus, on the corpus with extra video requests appended to every file,");
        md.AppendLine("and on the corpus with extra non-video payloads appended to every file: the variants differ from the corpus only by");
        md.AppendLine("what was added, so (variant − corpus) / added is what one of them costs: the median of the runs, then each run.").AppendLine();
        md.AppendLine("The bytes are Sora's own: each Sora pass minus the no-op analyzer's pass on the same files (once per file set), then the");
        md.AppendLine("variant's figure minus the corpus's, per request or payload added.").AppendLine();
        md.AppendLine("| corpus | planted video requests | planted non-video payloads | Sora alone ms | + video requests | Sora alone ms | per video request | bytes per video request | + payloads | Sora alone ms | per non-video payload | bytes per non-video payload |");
        md.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (CorpusResult r in attributed)
        {
            CostAttribution cost = r.Attribution!;
            md.AppendLine($"| {r.Name} | {N(r.Generated!.Requests.Count)} | {N(r.Generated.Payloads.Count)} | {Ms(Stats.Median(cost.CorpusMs))} | {N(cost.AddedVideoRequests)} | {Ms(Stats.Median(cost.WithVideoRequestsMs))} | "
                + $"{UsRuns(cost.MicrosecondsPerVideoRequest, cost.MicrosecondsPerVideoRequestRuns)} | {BytesRuns(cost.BytesPerVideoRequest, cost.BytesPerVideoRequestRuns)} | {N(cost.AddedPayloads)} | {Ms(Stats.Median(cost.WithPayloadsMs))} | "
                + $"{UsRuns(cost.MicrosecondsPerPayload, cost.MicrosecondsPerPayloadRuns)} | {BytesRuns(cost.BytesPerPayload, cost.BytesPerPayloadRuns)} |");
        }
    }

    private static void AppendDetails(StringBuilder md, CorpusResult r)
    {
        md.AppendLine().AppendLine($"## Corpus {r.Name}").AppendLine();
        md.AppendLine($"- {N(r.Lines)} lines in {N(r.Files)} files; compile errors: {r.CompileErrors}");
        if (r.Generated != null)
        {
            int rejected = r.Generated.Requests.Count(q => q.ExpectedId != null);
            int shapes = r.Generated.Requests.Select(q => q.Shape).Distinct().Count();
            md.AppendLine($"- Planted: {r.Generated.Requests.Count} video requests ({rejected} with a rejected value, {r.Generated.Requests.Count - rejected} accepted) in {shapes} shape(s); {N(r.Generated.Payloads.Count)} non-video payloads; {r.Generated.PlantedFormatMistakes} CA2241 and {r.Generated.PlantedLoggingMistakes} CA2017 mistakes");
        }

        md.AppendLine($"- Runs (ms): parse {List(r.ParseMs)}; bind {(r.BindMs.Count == 0 ? "not measured" : List(r.BindMs))}; compile {List(r.CompileMs)} (CPU {List(r.CompileCpuMs)}); analysis pass wall {List(r.AnalysisWallMs)} (CPU {List(r.AnalysisCpuMs)})");
        md.AppendLine($"- Runs (ms): Sora {List(r.SoraMs)}; CA2241 {List(r.FormatMs)}; CA2017 {List(r.LoggingMs)}");
        if (r.Isolated.Count > 0)
        {
            md.AppendLine("- Isolated passes: " + string.Join("; ", r.Isolated.Select(p => $"{p.Key} wall {Ms(p.Value.WallMs)} ms, telemetry {Ms(p.Value.ExecutionMs)} ms (load-adjusted {Ms(p.Value.AdjustedMs)} ms), {Mb(p.Value.AllocatedBytes)} MB")));
        }

        md.AppendLine($"- Sora actions executed (telemetry counts of registered actions): {(r.SoraActionCounts.Count == 0 ? "none" : string.Join(", ", r.SoraActionCounts.Select(p => $"{p.Key} {p.Value}")))}");
        md.AppendLine($"- Diagnostics of the combined pass: {(r.DiagnosticCounts.Count == 0 ? "none" : string.Join(", ", r.DiagnosticCounts.Select(p => $"{p.Key} {N(p.Value)}")))}");
        md.AppendLine($"- Sora analyzer exceptions (AD0001): {(r.SoraExceptions.Count == 0 ? "none" : string.Join("; ", r.SoraExceptions.Distinct().Take(5)))}");
        if (r.FirstCompileErrors.Count > 0)
        {
            md.AppendLine("- First compile errors:");
            foreach (string error in r.FirstCompileErrors.Take(5))
            {
                md.AppendLine($"  - `{error}`");
            }
        }

        RecallSummary recall = Recall.Compute(r);
        if (recall.Rows.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("Planted requests by shape (what the finders catch today; the timings cover only the finders that exist):").AppendLine();
        md.AppendLine("| kind | shape | rejected planted | caught (expected id) | other id | accepted planted | accepted but flagged |");
        md.AppendLine("|---|---|--:|--:|--:|--:|--:|");
        foreach (RecallRow row in recall.Rows)
        {
            md.AppendLine($"| {RequestShapes.Group(row.Shape)} | {row.Shape} | {row.Rejected} | {row.Caught} | {row.WrongRule} | {row.Accepted} | {row.FlaggedAccepted} |");
        }

        md.AppendLine().AppendLine($"Sora diagnostics outside any planted request (false positives): {recall.Outside}{(recall.OutsideSamples.Count > 0 ? " (first: " + string.Join(", ", recall.OutsideSamples) + ")" : string.Empty)}; "
            + $"planted non-video payloads flagged: {recall.FlaggedPayloads} of {N(r.Generated!.Payloads.Count)}.");
    }

    private static string Ids(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer)
        => string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
}
