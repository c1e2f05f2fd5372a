using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sora.Analyzers.Benchmarks;
using Sora.Analyzers.Benchmarks.Corpus;
using Sora.Analyzers.Benchmarks.Measurement;
using Sora.Analyzers.Benchmarks.Reporting;

return await MainAsync(args).ConfigureAwait(false);

// Exit codes: 0 ok; 1 a check failed (corpus does not compile, no Sora diagnostic, Sora threw, peers silent); 2 bad arguments.
static async Task<int> MainAsync(string[] args)
{
    BenchmarkOptions options;
    try
    {
        options = BenchmarkOptions.Parse(args);
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine(e.Message);
        Console.Error.WriteLine(BenchmarkOptions.Usage);
        return 2;
    }

    if (options.Help)
    {
        Console.WriteLine(BenchmarkOptions.Usage);
        return 0;
    }

    var environment = new RunEnvironment();
    AnalyzerSet analyzers = AnalyzerSet.Load();
    if (options.Pathological)
    {
        List<string> pathologicalFailures = await PathologicalRun.RunAsync(analyzers.Sora[0], Console.Out).ConfigureAwait(false);
        foreach (string failure in pathologicalFailures)
        {
            Console.Error.WriteLine("FAILED: " + failure);
        }

        return pathologicalFailures.Count == 0 ? 0 : 1;
    }

    var runner = new Runner(analyzers, options, Console.Out);
    Console.WriteLine($"Sora: {string.Join(", ", analyzers.Sora.Select(AnalyzerSet.NameOf))}; CA2241: {AnalyzerSet.NameOf(analyzers.Format)}; CA2017: {AnalyzerSet.NameOf(analyzers.Logging)} (NetAnalyzers {analyzers.PeerVersion})");
    Console.WriteLine($"Mode: {(options.Concurrent ? "concurrent" : "sequential")}, {options.Runs} run(s); load average {environment.LoadAtStart}");

    var corpora = new List<CorpusToMeasure>();
    if (options.Path != null)
    {
        corpora.Add(new CorpusToMeasure(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Path))), ReadFolder(options.Path)));
    }
    else
    {
        foreach (int lines in options.Sizes)
        {
            foreach (CorpusKind kind in options.Corpora)
            {
                corpora.Add(Generate(kind, lines, options));
            }
        }
    }

    if (corpora.Count == 0 || corpora.All(c => c.Files.Count == 0))
    {
        Console.Error.WriteLine("No C# files to measure.");
        return 2;
    }

    // Each kind of corpus exercises other paths of the analyzers: each warms them up on its smallest corpus. The smoke run
    // measures no time, so a warm-up would only make CI longer (it was a third of the smoke run's time).
    if (!options.Smoke)
    {
        bool compilerWarm = false;
        foreach (IGrouping<CorpusKind?, CorpusToMeasure> kind in corpora.GroupBy(c => c.Kind))
        {
            await runner.WarmUpAsync(kind.OrderBy(c => c.Files.Count).First().Files, compile: !compilerWarm).ConfigureAwait(false);
            compilerWarm = true;
        }
    }

    if (options.ProfileSoraPasses > 0)
    {
        foreach (CorpusToMeasure corpus in corpora)
        {
            Console.WriteLine($"Corpus {corpus.Name}: {corpus.Files.Sum(f => f.LineCount):N0} lines in {corpus.Files.Count:N0} files, {options.ProfileSoraPasses} pass(es) of Sora alone");
            await runner.ProfileSoraAsync(corpus, options.ProfileSoraPasses).ConfigureAwait(false);
        }

        return 0;
    }

    var results = new List<CorpusResult>();
    var failures = new List<string>();
    foreach (CorpusToMeasure corpus in corpora)
    {
        Console.WriteLine($"Corpus {corpus.Name}: {corpus.Files.Sum(f => f.LineCount):N0} lines in {corpus.Files.Count:N0} files"
            + (corpus.Generated == null ? string.Empty : $", {corpus.Generated.Requests.Count} planted video requests, {corpus.Generated.Payloads.Count} planted non-video payloads"));
        CorpusResult result = await runner.MeasureAsync(corpus).ConfigureAwait(false);
        results.Add(result);
        failures.AddRange(Check(result, options));
    }

    environment.Finish();
    Console.WriteLine();
    Report.PrintTable(results, Console.Out);
    Console.WriteLine();
    Report.PrintCostTable(results, Console.Out);
    Console.WriteLine();
    Report.PrintTargets(results, Console.Out);
    Console.WriteLine();
    Report.PrintRecall(results, Console.Out);

    string report = Report.Markdown(results, options, analyzers, environment);
    string? directory = Path.GetDirectoryName(Path.GetFullPath(options.Report));
    if (directory != null)
    {
        Directory.CreateDirectory(directory);
    }

    File.WriteAllText(options.Report, report);
    Console.WriteLine();
    Console.WriteLine($"Report: {Path.GetFullPath(options.Report)}");

    foreach (string failure in failures)
    {
        Console.Error.WriteLine("FAILED: " + failure);
    }

    if (options.Smoke && failures.Count == 0)
    {
        Console.WriteLine($"Smoke run: {string.Join(" and ", results.Select(r => r.Name))} compile, Sora, CA2241 and CA2017 all report on each, no analyzer exception.");
    }

    return failures.Count == 0 ? 0 : 1;
}

// A generated corpus must compile, must make the Sora analyzers and both peers report, and the Sora analyzers must not
// throw (docs/robustness.md). A folder given with --path is measured as it is: compile errors there are only reported.
static IEnumerable<string> Check(CorpusResult result, BenchmarkOptions options)
{
    if (result.SoraExceptions.Count > 0)
    {
        yield return $"{result.Name}: the Sora analyzers threw {result.SoraExceptions.Count} time(s): {result.SoraExceptions[0]}";
    }

    if (result.Generated == null)
    {
        if (result.CompileErrors > 0)
        {
            Console.WriteLine($"  note: {result.CompileErrors} compile errors in {result.Name} (missing references?); first: {result.FirstCompileErrors.FirstOrDefault()}");
        }

        yield break;
    }

    if (result.CompileErrors > 0)
    {
        yield return $"{result.Name}: the generated corpus does not compile ({result.CompileErrors} errors):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.FirstCompileErrors);
        yield break;
    }

    if (options.Plain)
    {
        yield break;
    }

    if (result.SoraDiagnosticCount == 0)
    {
        yield return $"{result.Name}: no Sora diagnostic on a corpus with {result.Generated.Requests.Count(r => r.ExpectedId != null)} rejected video requests.";
    }

    if (result.Count(AnalyzerSet.FormatRuleId) == 0)
    {
        yield return $"{result.Name}: CA2241 reported nothing ({result.Generated.PlantedFormatMistakes} planted): the peer measurement is not doing its work.";
    }

    if (result.Count(AnalyzerSet.LoggingRuleId) == 0)
    {
        yield return $"{result.Name}: CA2017 reported nothing ({result.Generated.PlantedLoggingMistakes} planted): the peer measurement is not doing its work.";
    }
}

// A generated corpus, named by its size and kind ("300k", "300k dense", "30k plain"); written to --write-corpus if asked.
static CorpusToMeasure Generate(CorpusKind kind, int lines, BenchmarkOptions options)
{
    int files = options.FilesFor(lines, kind);
    bool withVideo = !options.Plain;
    GeneratedCorpus generated = CorpusKinds.Generate(kind, options.Seed, withVideo, CorpusExtras.None, lines, files);
    string name = FormatSize(lines) + (kind == CorpusKind.Default ? string.Empty : " " + CorpusKinds.Name(kind)) + (withVideo ? string.Empty : " plain");
    if (options.WriteCorpus != null)
    {
        CorpusFolder.Write(Path.Combine(options.WriteCorpus, name.Replace(' ', '-')), generated.Files, Console.Out);
    }

    return new CorpusToMeasure(name, generated.Files, kind, generated, extras => CorpusKinds.Generate(kind, options.Seed, withVideo, extras, lines, files));
}

static IReadOnlyList<SourceFile> ReadFolder(string folder)
{
    string root = Path.GetFullPath(folder);
    if (!Directory.Exists(root))
    {
        throw new DirectoryNotFoundException($"--path {folder}: no such folder.");
    }

    char separator = Path.DirectorySeparatorChar;
    return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        .Where(path => !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => new SourceFile(Path.GetRelativePath(root, path), File.ReadAllText(path)))
        .ToArray();
}

static string FormatSize(int lines) => lines switch
{
    >= 1_000_000 when lines % 1_000_000 == 0 => (lines / 1_000_000).ToString(CultureInfo.InvariantCulture) + "M",
    >= 1_000 when lines % 1_000 == 0 => (lines / 1_000).ToString(CultureInfo.InvariantCulture) + "k",
    _ => lines.ToString(CultureInfo.InvariantCulture),
};
