namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>
    /// One rule as the docs show it. <see cref="Severity"/> is spelled as AnalyzerReleases.*.md spell it (the severity,
    /// or Disabled for a rule off by default); <see cref="Fix"/> is null for a rule without a code fix.
    /// </summary>
    public sealed record Rule(string Id, string Title, string Category, string Severity, string? Fix)
    {
        public bool HasFix => Fix != null;
    }
}
