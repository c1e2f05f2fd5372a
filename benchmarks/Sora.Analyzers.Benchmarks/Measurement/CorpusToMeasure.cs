using System;
using System.Collections.Generic;
using Sora.Analyzers.Benchmarks.Corpus;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// A corpus to measure: its files; for a generated one, its kind, what was planted in it, and how to write its
/// cost-attribution variants (the same corpus with <see cref="CorpusExtras"/>); a folder given with --path has none.
/// </summary>
internal sealed record CorpusToMeasure(
    string Name,
    IReadOnlyList<SourceFile> Files,
    CorpusKind? Kind = null,
    GeneratedCorpus? Generated = null,
    Func<CorpusExtras, GeneratedCorpus>? WriteVariant = null);
