using System.Collections.Generic;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// A generated corpus: its files, the video requests and the non-video payloads planted in it, the peer-rule mistakes
/// planted in it, and how many extra requests and payloads <see cref="CorpusExtras"/> appended (not in the ledgers).
/// </summary>
internal sealed record GeneratedCorpus(
    IReadOnlyList<SourceFile> Files,
    IReadOnlyList<PlantedRequest> Requests,
    IReadOnlyList<PlantedPayload> Payloads,
    int PlantedFormatMistakes,
    int PlantedLoggingMistakes,
    int ExtraVideoRequests,
    int ExtraPayloads);
