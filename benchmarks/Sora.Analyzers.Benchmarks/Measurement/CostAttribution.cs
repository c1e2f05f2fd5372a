using System.Collections.Generic;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// What one video request and one non-video payload cost Sora: isolated Sora passes over the corpus and over two variants
/// that differ from it only by the video requests or the payloads that <see cref="Corpus.CorpusExtras"/> adds; the
/// difference in Sora's load-adjusted telemetry time divided by the number added. The three passes run together once per
/// run, so that a change in the machine's load touches all three; one figure per run (docs/performance.md, "Cost per
/// video request and per non-video payload").
/// </summary>
internal sealed class CostAttribution
{
    public CostAttribution(int addedVideoRequests, int addedPayloads)
    {
        AddedVideoRequests = addedVideoRequests;
        AddedPayloads = addedPayloads;
    }

    public int AddedVideoRequests { get; }

    public int AddedPayloads { get; }

    /// <summary>Sora alone on the corpus itself, milliseconds, one per run.</summary>
    public List<double> CorpusMs { get; } = new List<double>();

    /// <summary>Sora alone on the corpus with <see cref="AddedVideoRequests"/> more video requests.</summary>
    public List<double> WithVideoRequestsMs { get; } = new List<double>();

    /// <summary>Sora alone on the corpus with <see cref="AddedPayloads"/> more non-video payloads.</summary>
    public List<double> WithPayloadsMs { get; } = new List<double>();

    /// <summary>Bytes Sora's isolated pass allocated (binding included) on the corpus, one per run.</summary>
    public List<double> CorpusBytes { get; } = new List<double>();

    public List<double> WithVideoRequestsBytes { get; } = new List<double>();

    public List<double> WithPayloadsBytes { get; } = new List<double>();

    /// <summary>
    /// Bytes the no-op analyzer's pass allocated on the corpus and on each variant (once: binding and the operation trees
    /// allocate the same on every pass of the same files), so that Sora's pass minus it is what Sora allocates itself.
    /// </summary>
    public double NoOpCorpusBytes { get; set; } = double.NaN;

    public double NoOpWithVideoRequestsBytes { get; set; } = double.NaN;

    public double NoOpWithPayloadsBytes { get; set; } = double.NaN;

    /// <summary>
    /// Bytes of a pass of <see cref="NoOpRegistrationsAnalyzer"/> (Sora's registrations, no work) on the corpus and on the
    /// payload variant, once: what the driver allocates per added payload for those registrations alone.
    /// </summary>
    public double RegistrationsCorpusBytes { get; set; } = double.NaN;

    public double RegistrationsWithPayloadsBytes { get; set; } = double.NaN;

    /// <summary>
    /// Of <see cref="BytesPerPayload"/>, what the driver allocates for Sora's registrations (block-start actions, a context per
    /// code block) with no work in them: the registrations' pass minus the no-op pass, variant minus corpus, per payload.
    /// </summary>
    public double RegistrationBytesPerPayload
        => AddedPayloads == 0 ? double.NaN
            : ((RegistrationsWithPayloadsBytes - NoOpWithPayloadsBytes) - (RegistrationsCorpusBytes - NoOpCorpusBytes)) / AddedPayloads;

    /// <summary>What Sora itself allocates per added video request: its own bytes on the variant minus its own bytes on the corpus, per request; one per run.</summary>
    public IReadOnlyList<double> BytesPerVideoRequestRuns => OwnBytesPerAdded(WithVideoRequestsBytes, NoOpWithVideoRequestsBytes, AddedVideoRequests);

    /// <summary>What Sora itself allocates per added non-video payload (issue 20: nothing beyond the syntax read); one per run.</summary>
    public IReadOnlyList<double> BytesPerPayloadRuns => OwnBytesPerAdded(WithPayloadsBytes, NoOpWithPayloadsBytes, AddedPayloads);

    public double BytesPerVideoRequest => Stats.Median(BytesPerVideoRequestRuns);

    public double BytesPerPayload => Stats.Median(BytesPerPayloadRuns);

    public IReadOnlyList<double> MicrosecondsPerVideoRequestRuns => PerAdded(WithVideoRequestsMs, AddedVideoRequests);

    public IReadOnlyList<double> MicrosecondsPerPayloadRuns => PerAdded(WithPayloadsMs, AddedPayloads);

    public double MicrosecondsPerVideoRequest => Stats.Median(MicrosecondsPerVideoRequestRuns);

    public double MicrosecondsPerPayload => Stats.Median(MicrosecondsPerPayloadRuns);

    private IReadOnlyList<double> OwnBytesPerAdded(List<double> variantBytes, double noOpVariantBytes, int added)
        => added == 0 || double.IsNaN(noOpVariantBytes) || double.IsNaN(NoOpCorpusBytes)
            ? new List<double>()
            : variantBytes.Zip(CorpusBytes, (variant, corpus) => ((variant - noOpVariantBytes) - (corpus - NoOpCorpusBytes)) / added).ToList();

    private IReadOnlyList<double> PerAdded(List<double> variantMs, int added)
        => added == 0 ? new List<double>() : variantMs.Zip(CorpusMs, (variant, corpus) => (variant - corpus) * 1000 / added).ToList();
}
