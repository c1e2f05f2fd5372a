namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>
    /// What each rule's code fix does, in the words of the README's rule table. Which rules have a fix comes from the code
    /// (the FixableDiagnosticIds of the exported code-fix providers); <see cref="RuleCatalog"/> fails when this list and
    /// those ids disagree, so a fix added, removed or moved cannot leave the docs behind.
    /// </summary>
    public static class FixDescriptions
    {
        public static readonly IReadOnlyDictionary<string, string> ById = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SORA001"] = "Use the nearest duration; switch to a model that supports it",
            ["SORA002"] = "Change to the closest model name",
            ["SORA003"] = "Use the nearest size of the same orientation; switch model",
            ["SORA005"] = "Send the value as the endpoint takes it (`8` → `\"8\"`, `n` → `n.ToString(CultureInfo.InvariantCulture)`)",
            ["SORA006"] = "Rename to the parameter it means (`duration` → `seconds`); remove it",
            ["SORA007"] = "Switch to the replacement the table names (the built-in tables name none: no fix then)",
        };
    }
}
