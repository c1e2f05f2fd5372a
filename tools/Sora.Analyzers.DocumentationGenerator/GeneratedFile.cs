namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>A file of the repository as the generator writes it: its path from the root (with '/') and its whole text.</summary>
    public sealed record GeneratedFile(string Path, string Text);
}
