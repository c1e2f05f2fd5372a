namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// A payload the generator wrote that is not a video request (a chat or image body, a cache or settings object, with a
/// <c>model</c>, <c>seconds</c> or <c>size</c> key): where it is (0-based lines, inclusive). No Sora diagnostic may land in it.
/// </summary>
internal sealed record PlantedPayload(string Path, int StartLine, int EndLine)
{
    public bool Contains(string path, int line) => line >= StartLine && line <= EndLine && string.Equals(path, Path, System.StringComparison.Ordinal);
}
