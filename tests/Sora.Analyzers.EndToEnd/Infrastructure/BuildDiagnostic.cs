using System.Text.RegularExpressions;

namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>
/// One diagnostic line of MSBuild's console output, e.g.
/// <c>/tmp/c/Program.cs(6,77): warning SORA001: Model 'sora-2' does not support seconds '10'. ... (https://…/SORA001.md) [/tmp/c/Consumer.csproj]</c>.
/// </summary>
public sealed partial record BuildDiagnostic(string Id, string Severity, string File, int Line, int Column, string Message)
{
    /// <summary>The file name alone: consumer folders are temporary.</summary>
    public string FileName => Path.GetFileName(File);

    /// <summary>A compact form for assertions and failure messages: <c>SORA001 warning Program.cs(6,77)</c>.</summary>
    public string Key => $"{Id} {Severity} {FileName}({Line},{Column})";

    public override string ToString() => $"{Key}: {Message}";

    /// <summary>The distinct SORA diagnostics in a build's output (MSBuild repeats them in its summary), in output order.</summary>
    public static IReadOnlyList<BuildDiagnostic> ParseSora(string output)
        => output.Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["id"].Value,
                match.Groups["severity"].Value,
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["message"].Value))
            .Distinct()
            .ToList();

    // file(line,column[,endLine,endColumn]): severity ID: message[ (help link)] [project]
    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error|info) (?<id>SORA\d{3}): (?<message>.*?)(?: \(https?://[^ ]*\))?(?: \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();
}
