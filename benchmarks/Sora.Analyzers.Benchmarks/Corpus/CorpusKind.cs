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
}

internal static class CorpusKinds
{
    public static IReadOnlyList<CorpusKind> All { get; } = (CorpusKind[])Enum.GetValues(typeof(CorpusKind));

    /// <summary>The name on the command line (<c>--corpus default,dense</c>) and in the report.</summary>
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
    public static CorpusExtras AttributionExtras(CorpusKind kind) => kind == CorpusKind.Dense ? DenseCorpusGenerator.AttributionExtras : DefaultCorpusGenerator.AttributionExtras;

    /// <summary>Writes a corpus of this kind; the same arguments give the same corpus, byte for byte.</summary>
    public static GeneratedCorpus Generate(CorpusKind kind, int seed, bool withVideo, CorpusExtras extras, int targetLines, int fileCount) => kind switch
    {
        CorpusKind.Dense => new DenseCorpusGenerator(seed, extras).Generate(targetLines, fileCount),
        _ => new DefaultCorpusGenerator(seed, withVideo, extras).Generate(targetLines, fileCount),
    };
}
