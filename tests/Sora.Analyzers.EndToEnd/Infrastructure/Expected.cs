namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>The diagnostics the consumer code gets, as <see cref="BuildDiagnostic.ToString"/> prints them: <c>ID severity File(line,column): message</c>.</summary>
public static class Expected
{
    public const string HelpLinkBase = "https://github.com/sora-analyzers/Sora.Analyzers/blob/main/docs/rules/";

    public static string Diagnostic(string id, string severity, string file, string text, string context, string value, string message)
    {
        (int line, int column) = ConsumerSources.Find(text, context, value);
        return $"{id} {severity} {file}({line},{column}): {message}";
    }

    public static string FoxSeconds(string severity = "warning")
        => Diagnostic("SORA001", severity, "Program.cs", ConsumerSources.Program, "model: \"sora-2\", seconds: ", "10",
            "Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'.");

    public static string HarbourModel(string supportedModels = "'sora-2' and 'sora-2-pro'")
        => Diagnostic("SORA002", "warning", "Program.cs", ConsumerSources.Program, "model: ", "\"sora2\"",
            $"Unknown video model 'sora2'. Supported values are: {supportedModels}.");

    public static string CitySize(string supportedSizes = "'1280x720' and '720x1280'")
        => Diagnostic("SORA003", "warning", "Program.cs", ConsumerSources.Program, "seconds: 8, size: ", "\"1792x1024\"",
            $"Model 'sora-2' does not support size '1792x1024'. Supported values are: {supportedSizes}.");

    public static string TeamModel()
        => Diagnostic("SORA002", "warning", "Team.cs", ConsumerSources.Team, "model: ", "\"sora-3\"",
            "Unknown video model 'sora-3'. Supported values are: 'sora-2' and 'sora-2-pro'.");

    /// <summary>A warning in OpenAIVideos.cs (<see cref="ConsumerSources.OpenAIVideos"/> or its fixed forms): on <paramref name="value"/> where it follows <paramref name="context"/> in <paramref name="text"/>.</summary>
    public static string InOpenAIVideos(string id, string text, string context, string value, string message)
        => Diagnostic(id, "warning", "OpenAIVideos.cs", text, context, value, message);

    /// <summary>SORA005's message for a constant number, or (<paramref name="computed"/>) for an expression.</summary>
    public static string SecondsAsNumber(string value, bool computed = false)
        => computed
            ? $"The API takes 'seconds' as a string: send '{value}' as text, not as a number."
            : $"The API takes 'seconds' as a string: send '{value}', not the number {value}.";

    /// <summary>SORA006's message; both built-in tables take the same five fields.</summary>
    public static string UnknownParameter(string field)
        => $"Unknown parameter '{field}' for the video endpoint. Supported parameters are: 'input_reference', 'model', 'prompt', 'seconds', and 'size'.";

    /// <summary>SORA007's message for a request that names <paramref name="model"/>.</summary>
    public static string Removed(string model, string date) => $"Model '{model}' was removed on {date}: the API rejects every request for it.";

    /// <summary>
    /// <paramref name="diagnostic"/> as an editor shows it (<see cref="Lsp.LspDiagnostic.Describe"/>): the squiggled text
    /// and the rule's help link follow the build's form.
    /// </summary>
    public static string InEditor(string diagnostic, string squiggled) => $"{diagnostic} on `{squiggled}` ({HelpLinkBase}{diagnostic[..diagnostic.IndexOf(' ', StringComparison.Ordinal)]}.md)";

    /// <summary>What the baseline consumer (Program.cs, VideoStudio.cs, Team.cs; no options, no rule file) gets.</summary>
    public static IReadOnlyList<string> Baseline => [FoxSeconds(), HarbourModel(), CitySize(), TeamModel()];

    public static IReadOnlyList<string> Sorted(IEnumerable<string> diagnostics) => diagnostics.Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Sorted(IEnumerable<BuildDiagnostic> diagnostics) => Sorted(diagnostics.Select(d => d.ToString()));
}
