namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Members a generator appends to the end of every generated class, on top of the corpus it would write anyway: extra
/// video requests (members like the corpus's, its shapes and mix of rejected and accepted values) and extra non-video
/// payloads (the corpus's kinds, each alone as a member). They are drawn from a random stream of their own and left out of the line count that places
/// everything else, so the rest of the corpus stays the same byte for byte: a variant differs from the corpus only by
/// them, and the difference in Sora's time divided by their number is what one of them costs (docs/performance.md).
/// </summary>
internal sealed record CorpusExtras(int VideoRequestsPerFile, int PayloadsPerFile)
{
    public static CorpusExtras None { get; } = new CorpusExtras(0, 0);
}
