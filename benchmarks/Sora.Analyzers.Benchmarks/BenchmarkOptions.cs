using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sora.Analyzers.Benchmarks.Corpus;

namespace Sora.Analyzers.Benchmarks;

/// <summary>Command-line options; see <see cref="Usage"/>.</summary>
internal sealed class BenchmarkOptions
{
    public const int DefaultLines = 300_000;
    public const int LinesPerFile = 300;
    public const int SmokeLines = 30_000;

    public const string Usage = """
        Sora.Analyzers.Benchmarks: the analyzers' cost against compile time and against CA2241 / CA2017.

        dotnet run -c Release --project benchmarks/Sora.Analyzers.Benchmarks -- [options]

          --lines N          generate corpora of about N lines (default 300000)
          --files N          ... in N files (default: lines / 300)
          --sizes A,B,C      generate corpora of several sizes, e.g. 30000,300000,3000000 (the growth curve)
          --corpus K,L       which generated corpora, each at every size: default (service code, one video request
                             per 1,000 lines), dense (every file a candidate), candidates (issue 20's: every method
                             builds three non-video payloads, two wrapper calls per file); default: all three
          --path DIR         measure the C# files under DIR instead of a generated corpus (bin/ and obj/ skipped)
          --runs N           measured iterations per corpus and rounds of the cost-per-request passes, median
                             reported (default 3)
          --report FILE      markdown report (default artifacts/benchmarks/report.md)
          --seed N           generator seed (default 6)
          --plain            the default corpus without any video code (no candidate: measures the bail-out)
          --concurrent       concurrent build and concurrent analysis (default: both sequential, see docs/performance.md)
          --no-isolation     skip the isolated one-analyzer passes (per-analyzer allocations, Sora/CA2241 alone,
                             the cost per video request and per non-video payload)
          --write-corpus DIR write the generated files (and the cost-per-request variants) to DIR for inspection
          --pathological     analyze the pathological inputs (1 MB JSON, 10,000 entries, 2,000-deep, 5,000 Adds,
                             50,000 lines...): exact diagnostics, no exception, each under a generous time bound
          --profile-sora N   after the warm-up, only N passes of Sora alone on each corpus, nothing measured or
                             reported: the process to attach a profiler to (docs/performance.md, "Where the time goes")
          --smoke            30,000 lines of each corpus, 1 run, no isolation; exit 1 if a corpus does not compile,
                             no Sora diagnostic is found on one, a Sora analyzer throws, or CA2241/CA2017 find nothing
        """;

    public List<int> Sizes { get; } = new List<int>();

    /// <summary>The generated corpora to measure at each size, in this order.</summary>
    public List<CorpusKind> Corpora { get; } = new List<CorpusKind>();

    public int? Files { get; private set; }

    public string? Path { get; private set; }

    public int Runs { get; private set; } = 3;

    public string Report { get; private set; } = System.IO.Path.Combine("artifacts", "benchmarks", "report.md");

    public int Seed { get; private set; } = 6;

    public bool Plain { get; private set; }

    public bool Concurrent { get; private set; }

    public bool Isolate { get; private set; } = true;

    public bool Smoke { get; private set; }

    /// <summary>Analyze the pathological inputs (docs/robustness.md) instead of a corpus (correct diagnostics within a generous bound).</summary>
    public bool Pathological { get; private set; }

    public string? WriteCorpus { get; private set; }

    /// <summary>Passes of Sora alone to run on each corpus for a profiler, instead of measuring (0: measure as usual).</summary>
    public int ProfileSoraPasses { get; private set; }

    public bool Help { get; private set; }

    public IReadOnlyList<string> Arguments { get; private set; } = Array.Empty<string>();

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions { Arguments = args };
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--lines": options.Sizes.Clear(); options.Sizes.Add(Int(args, ref i)); break;
                case "--files": options.Files = Int(args, ref i); break;
                case "--sizes":
                    options.Sizes.Clear();
                    options.Sizes.AddRange(Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => ParseInt("--sizes", s)));
                    break;
                case "--corpus":
                    options.Corpora.Clear();
                    options.Corpora.AddRange(Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCorpus).Distinct());
                    break;
                case "--path": options.Path = Value(args, ref i); break;
                case "--runs": options.Runs = Math.Max(1, Int(args, ref i)); break;
                case "--report": options.Report = Value(args, ref i); break;
                case "--seed": options.Seed = Int(args, ref i); break;
                case "--plain": options.Plain = true; break;
                case "--concurrent": options.Concurrent = true; break;
                case "--no-isolation": options.Isolate = false; break;
                case "--write-corpus": options.WriteCorpus = Value(args, ref i); break;
                case "--smoke": options.Smoke = true; break;
                case "--profile-sora": options.ProfileSoraPasses = Int(args, ref i); break;
                case "--pathological": options.Pathological = true; break;
                case "-h":
                case "--help": options.Help = true; break;
                default: throw new ArgumentException($"Unknown option '{arg}'.");
            }
        }

        if (options.Smoke)
        {
            if (options.Sizes.Count == 0)
            {
                options.Sizes.Add(SmokeLines);
            }

            options.Sizes.RemoveRange(1, options.Sizes.Count - 1);
            options.Runs = 1;
            options.Isolate = false;
        }

        if (options.Sizes.Count == 0)
        {
            options.Sizes.Add(DefaultLines);
        }

        if (options.Plain && options.Corpora.Any(kind => kind != CorpusKind.Default))
        {
            throw new ArgumentException("--plain writes the default corpus without video code; the dense and candidates corpora are all video code.");
        }

        if (options.Corpora.Count == 0)
        {
            options.Corpora.AddRange(options.Plain ? new[] { CorpusKind.Default } : CorpusKinds.All);
        }

        if (options.Files != null && options.Sizes.Count > 1)
        {
            throw new ArgumentException("--files goes with a single size (--lines), not with --sizes.");
        }

        return options;
    }

    public int FilesFor(int lines, CorpusKind kind) => Files ?? Math.Max(1, (int)Math.Round(lines / (double)CorpusKinds.LinesPerFile(kind)));

    private static string Value(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            throw new ArgumentException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static int Int(string[] args, ref int i)
    {
        string name = args[i];
        return ParseInt(name, Value(args, ref i));
    }

    private static CorpusKind ParseCorpus(string name)
        => CorpusKinds.TryParse(name, out CorpusKind kind)
            ? kind
            : throw new ArgumentException($"--corpus: '{name}' is not one of {string.Join(", ", CorpusKinds.All.Select(CorpusKinds.Name))}.");

    private static int ParseInt(string name, string value)
        => int.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) && parsed > 0
            ? parsed
            : throw new ArgumentException($"{name}: '{value}' is not a positive integer.");
}
