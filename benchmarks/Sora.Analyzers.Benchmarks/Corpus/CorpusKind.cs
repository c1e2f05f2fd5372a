using System;
using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>The generated corpora (docs/performance.md, "The corpora").</summary>
internal enum CorpusKind
{
    /// <summary>Ordinary service code with about one video request per 1,000 lines, in every request shape.</summary>
    Default,

    /// <summary>Every file a candidate: two wrapper calls that leave the model to its default and 25 chat payloads.</summary>
    Dense,

    /// <summary>
    /// Issue 20's corpus: every file one class of 25 methods, each building a chat body, an embedding dictionary and a JSON
    /// string that all have a model, and two wrapper calls per file; nothing else.
    /// </summary>
    Candidates,
}

internal static class CorpusKinds
{
    public static IReadOnlyList<CorpusKind> All { get; } = (CorpusKind[])Enum.GetValues(typeof(CorpusKind));

    /// <summary>The name on the command line (<c>--corpus default,dense,candidates</c>) and in the report.</summary>
    public static string Name(CorpusKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out CorpusKind kind)
    {
        foreach (CorpusKind candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>What the cost-attribution variants of a corpus of this kind add to every file.</summary>
    public static CorpusExtras AttributionExtras(CorpusKind kind) => kind switch
    {
        CorpusKind.Dense => DenseCorpusGenerator.AttributionExtras,
        CorpusKind.Candidates => CandidatesCorpusGenerator.AttributionExtras,
        _ => DefaultCorpusGenerator.AttributionExtras,
    };

    /// <summary>
    /// About how many lines a file of this kind has, which sets a corpus's file count when --files does not: the default and
    /// dense generators fill each file to its share of the target, a candidates file is always the same 25 methods.
    /// </summary>
    public static int LinesPerFile(CorpusKind kind) => kind == CorpusKind.Candidates ? CandidatesCorpusGenerator.LinesPerFile : BenchmarkOptions.LinesPerFile;

    /// <summary>Writes a corpus of this kind; the same arguments give the same corpus, byte for byte.</summary>
    public static GeneratedCorpus Generate(CorpusKind kind, int seed, bool withVideo, CorpusExtras extras, int targetLines, int fileCount) => kind switch
    {
        CorpusKind.Dense => new DenseCorpusGenerator(seed, extras).Generate(targetLines, fileCount),
        CorpusKind.Candidates => new CandidatesCorpusGenerator(seed, extras).Generate(targetLines, fileCount),
        _ => new DefaultCorpusGenerator(seed, withVideo, extras).Generate(targetLines, fileCount),
    };
}
