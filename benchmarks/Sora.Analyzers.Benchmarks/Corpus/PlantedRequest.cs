namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// A video request the generator wrote, for the recall table: where it is (0-based lines, inclusive),
/// its shape, and the diagnostic it must produce (null for a request the API accepts).
/// </summary>
internal sealed record PlantedRequest(string Path, int StartLine, int EndLine, RequestShape Shape, string? ExpectedId)
{
    public bool Contains(string path, int line) => line >= StartLine && line <= EndLine && string.Equals(path, Path, System.StringComparison.Ordinal);
}
