using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Diagnostics;
using Xunit.Abstractions;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// docs/robustness.md: the analyzer never throws, also on half-typed code, and a fix never eats code. Every C# source of the
/// tests and the sample, and variants of it broken the way code is while it is typed, go through the analyzer and
/// through every fix it offers. The default budget is small (part of every test run); <c>SORA_FUZZ_ITERATIONS</c> and
/// <c>SORA_FUZZ_SEED</c> run it longer or elsewhere (docs/robustness.md).
/// </summary>
public class FuzzTests
{
    /// <summary>Variants derived from each source by default: keeps the suite under a minute on two cores.</summary>
    public const int DefaultIterations = 3;

    public const int DefaultSeed = 20250601;

    // Generous: a pass takes milliseconds; this only turns a hang into a failure that names the variant.
    private static readonly TimeSpan PassTimeout = TimeSpan.FromMinutes(2);

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task EveryVariantIsAnalyzedAndFixedWithoutHarm()
    {
        int iterations = Setting("SORA_FUZZ_ITERATIONS", DefaultIterations);
        int seed = Setting("SORA_FUZZ_SEED", DefaultSeed);
        string rules = File.ReadAllText(Path.Combine(FuzzCorpus.RepositoryRoot, "samples", "QuickStart", "sora-rules.json"));
        var counts = new FuzzCounts();
        var failures = new ConcurrentQueue<string>();
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            FuzzCorpus.All,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (item, cancellationToken) =>
            {
                var random = new Random(seed ^ item.StableHash);
                for (int variant = 0; variant <= iterations; variant++)
                {
                    ImmutableArray<SourceFile> files = item.Files;
                    string description = "the source as the test writes it";
                    if (variant > 0)
                    {
                        // The generated global usings of the sample stay as they are: they are not analyzed anyway.
                        int[] editable = Enumerable.Range(0, files.Length).Where(i => !files[i].Path.EndsWith(".g.cs", StringComparison.Ordinal)).ToArray();
                        int index = editable[random.Next(editable.Length)];
                        string text = SourceMutator.Mutate(files[index].Text, random, out string steps);
                        files = files.SetItem(index, files[index] with { Text = text });
                        description = files[index].Path + ": " + steps;
                    }

                    // Every source, and one variant in four, also runs with a team rule table, itself mutated half of the time.
                    string? ruleFile = null;
                    if (variant == 0 || random.Next(4) == 0)
                    {
                        ruleFile = rules;
                        if (variant > 0 && random.Next(2) == 0)
                        {
                            ruleFile = SourceMutator.MutateCharacters(rules, random, out string ruleSteps);
                            description += "; sora-rules.json: " + ruleSteps;
                        }
                    }

                    string where = "seed " + seed + ", " + item.Name + ", variant " + variant + " (" + description + ")";
                    var problems = new List<string>();
                    try
                    {
                        await RunAsync(item, files, ruleFile, counts, problems, cancellationToken).WaitAsync(PassTimeout, cancellationToken);
                    }
                    catch (TimeoutException)
                    {
                        problems.Add("no result within " + PassTimeout);
                    }

                    Interlocked.Increment(ref counts.Variants);
                    foreach (string problem in problems)
                    {
                        Interlocked.Increment(ref counts.Failures);
                        failures.Enqueue(where + ": " + problem + Environment.NewLine + Excerpt(files));
                    }
                }
            });

        _output.WriteLine(counts.Summary(seed, iterations, FuzzCorpus.All.Length, started.Elapsed));
        foreach (string failure in failures.Take(20))
        {
            _output.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, failures.Count + " failures; the first: " + failures.FirstOrDefault());
    }

    private static async Task RunAsync(CorpusItem item, ImmutableArray<SourceFile> files, string? ruleFile, FuzzCounts counts, List<string> problems, CancellationToken cancellationToken)
    {
        using var workspace = new AdhocWorkspace();
        Project project = AnalyzerRun.CreateProject(workspace, files, item.OutputKind);
        Compilation compilation = (await project.GetCompilationAsync(cancellationToken))!;
        bool parses = compilation.SyntaxTrees.All(tree => !tree.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error));
        if (parses)
        {
            Interlocked.Increment(ref counts.ParsingVariants);
        }

        var passes = new List<ImmutableArray<AdditionalText>> { ImmutableArray<AdditionalText>.Empty };
        if (ruleFile != null)
        {
            passes.Add(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/sora-rules.json", ruleFile)));
        }

        var diagnostics = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (ImmutableArray<AdditionalText> additionalFiles in passes)
        {
            long analyzeStart = System.Diagnostics.Stopwatch.GetTimestamp();
            AnalyzerRun.Result result = await AnalyzerRun.AnalyzeAsync(compilation, additionalFiles, cancellationToken);
            Interlocked.Add(ref counts.AnalyzeTicks, System.Diagnostics.Stopwatch.GetTimestamp() - analyzeStart);
            Interlocked.Increment(ref counts.AnalyzerPasses);
            problems.AddRange(result.Exceptions.Select(exception => "analyzer exception" + (additionalFiles.IsEmpty ? string.Empty : " (with sora-rules.json)") + ": " + exception));
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                // The same diagnostic from both passes counts once.
                if (diagnostics.TryAdd(AnalyzerRun.Describe(diagnostic), diagnostic))
                {
                    counts.Count(diagnostic.Id);
                }
            }
        }

        Dictionary<string, int>? errorsBefore = null;
        foreach (Diagnostic diagnostic in diagnostics.Values.Where(d => d.Location.IsInSource))
        {
            if (WhyOutOfBounds(diagnostic) is string outOfBounds)
            {
                problems.Add(outOfBounds);
                continue;
            }

            if (!FixChecker.FixableIds.Contains(diagnostic.Id))
            {
                continue;
            }

            Interlocked.Increment(ref counts.FixableDiagnostics);
            long fixStart = System.Diagnostics.Stopwatch.GetTimestamp();
            var fixes = await FixChecker.ApplyEveryActionAsync(project, diagnostic, problems, cancellationToken);
            Interlocked.Add(ref counts.FixTicks, System.Diagnostics.Stopwatch.GetTimestamp() - fixStart);
            Interlocked.Add(ref counts.FixesApplied, fixes.Count);
            if (!parses)
            {
                continue;
            }

            // docs/design.md, "Fixes": the fixed code compiles: no error the code did not have before.
            long compileStart = System.Diagnostics.Stopwatch.GetTimestamp();
            errorsBefore ??= Errors(compilation, cancellationToken);
            foreach ((FixChecker.Applied fix, Solution solution) in fixes)
            {
                Compilation fixedCompilation = (await solution.GetProject(project.Id)!.GetCompilationAsync(cancellationToken))!;
                Dictionary<string, int> errorsAfter = Errors(fixedCompilation, cancellationToken);
                Interlocked.Increment(ref counts.FixesCompiled);
                foreach ((string id, int count) in errorsAfter)
                {
                    if (count > errorsBefore.GetValueOrDefault(id))
                    {
                        Diagnostic first = fixedCompilation.GetDiagnostics(cancellationToken).First(d => d.Id == id);
                        problems.Add("'" + fix.Title + "' for " + AnalyzerRun.Describe(diagnostic) + " adds " + id + ": " + first);
                    }
                }
            }

            Interlocked.Add(ref counts.CompileTicks, System.Diagnostics.Stopwatch.GetTimestamp() - compileStart);
        }
    }

    /// <summary>A diagnostic or a fix fact that points outside the file would move a squiggle or an edit onto other code.</summary>
    private static string? WhyOutOfBounds(Diagnostic diagnostic)
    {
        int length = diagnostic.Location.SourceTree!.Length;
        foreach (Location location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location))
        {
            if (location.IsInSource && (location.SourceTree != diagnostic.Location.SourceTree || location.SourceSpan.End > length))
            {
                return "a location outside the file: " + AnalyzerRun.Describe(diagnostic);
            }
        }

        return null;
    }

    private static Dictionary<string, int> Errors(Compilation compilation, CancellationToken cancellationToken)
        => compilation.GetDiagnostics(cancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Excerpt(ImmutableArray<SourceFile> files)
    {
        string text = string.Join(Environment.NewLine + "// ---" + Environment.NewLine, files.Where(f => !f.Path.EndsWith(".g.cs", StringComparison.Ordinal)).Select(f => "// " + f.Path + Environment.NewLine + f.Text));
        return text.Length > 4000 ? text.Substring(0, 4000) + Environment.NewLine + "…" : text;
    }

    private static int Setting(string name, int defaultValue)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : defaultValue;

    private sealed class FuzzCounts
    {
        public int Variants;
        public int ParsingVariants;
        public int AnalyzerPasses;
        public int FixableDiagnostics;
        public int FixesApplied;
        public int FixesCompiled;
        public int Failures;
        public long AnalyzeTicks;
        public long FixTicks;
        public long CompileTicks;
        private readonly ConcurrentDictionary<string, int> _byId = new(StringComparer.Ordinal);

        public void Count(string id) => _byId.AddOrUpdate(id, 1, (_, n) => n + 1);

        public string Summary(int seed, int iterations, int sources, TimeSpan elapsed)
            => string.Format(
                CultureInfo.InvariantCulture,
                "Fuzz: seed {0}, {1} variants per source; {2} sources -> {3} inputs ({4} without syntax errors), {5} analyzer passes; "
                + "{6} diagnostics ({7}); {8} fixable, {9} code actions applied ({10} recompiled); {11} failures; {12:0.0} s (summed over threads: analyzer {13:0.0} s, fixes {14:0.0} s, recompiling {15:0.0} s)",
                seed,
                iterations,
                sources,
                Variants,
                ParsingVariants,
                AnalyzerPasses,
                _byId.Values.Sum(),
                string.Join(", ", _byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + p.Value)),
                FixableDiagnostics,
                FixesApplied,
                FixesCompiled,
                Failures,
                elapsed.TotalSeconds,
                AnalyzeTicks / (double)System.Diagnostics.Stopwatch.Frequency,
                FixTicks / (double)System.Diagnostics.Stopwatch.Frequency,
                CompileTicks / (double)System.Diagnostics.Stopwatch.Frequency);
    }
}
