using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// A malformed sora-rules.json in an editor on csharp-ls: SORA900 is reported in the rule file, which is no C# document,
/// so it comes with the workspace's diagnostics (<c>workspace/diagnostic</c>), not with a document's.
/// </summary>
public sealed class LspRuleFileTests(PackageFixture package, ITestOutputHelper output) : LspTest(package, output)
{
    [Fact]
    public Task Malformed_rule_file_gets_SORA900_at_its_line_and_column_in_the_workspace_diagnostics_and_the_code_is_still_analyzed() => TimedAsync(async () =>
    {
        Consumer consumer = await CreateRestoredConsumerAsync("lsp-rule-file", new Dictionary<string, string>
        {
            ["Program.cs"] = ConsumerSources.Program,
            ["VideoStudio.cs"] = ConsumerSources.VideoStudio,
            ["sora-rules.json"] = ConsumerSources.MalformedTeamRules,
        });
        await using EditorSession editor = await StartEditorAsync(consumer, DiagnosticsMode.Pull, CSharpLanguageServer.AnalyzersEnabled());

        IReadOnlyDictionary<string, IReadOnlyList<LspDiagnostic>> reports = await editor.PullWorkspaceDiagnosticsAsync(
            files => files.TryGetValue("sora-rules.json", out IReadOnlyList<LspDiagnostic>? rules) && rules.Any(d => d.IsSora),
            FirstDiagnosticsDeadline,
            "a SORA diagnostic in sora-rules.json among the workspace diagnostics");

        LspDiagnostic invalid = Assert.Single(reports["sora-rules.json"], d => d.IsSora);
        (int line, int column) = ConsumerSources.Find(ConsumerSources.MalformedTeamRules, "\"seconds\": ", "[]");
        Assert.Equal(
            ("SORA900", 2, line - 1, column - 1, "[]", Expected.HelpLinkBase + "SORA900.md"),
            (invalid.Code, invalid.Severity, invalid.Range.Start.Line, invalid.Range.Start.Character, invalid.Range.TextIn(ConsumerSources.MalformedTeamRules), invalid.HelpLink));
        Assert.StartsWith("The rule file 'sora-rules.json' is invalid: ", invalid.Message, StringComparison.Ordinal);

        // The built-in table it extends is used instead: the code gets the same diagnostics as without a rule file.
        Assert.True(reports.ContainsKey("Program.cs"), $"The workspace diagnostics have no report for Program.cs: {string.Join(", ", reports.Keys)}.");
        AssertSora(ProgramInEditor, reports["Program.cs"], ConsumerSources.Program);
    });
}
