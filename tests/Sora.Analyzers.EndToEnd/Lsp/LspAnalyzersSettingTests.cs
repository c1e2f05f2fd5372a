using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// csharp-ls runs only the compiler unless the editor's <c>csharp</c> settings say <c>analyzersEnabled: true</c>: the
/// setting docs/install.md gives for each LSP editor is the one that matters.
/// </summary>
public sealed class LspAnalyzersSettingTests(PackageFixture package, ITestOutputHelper output) : LspTest(package, output)
{
    /// <summary>A compiler warning (CS1030) in the opened file: it shows that the server analyzed the file, with or without analyzers.</summary>
    private const string CompilerWarning = "#warning The compiler's own diagnostics arrive without the setting\n";

    [Fact]
    public Task Without_analyzersEnabled_the_compiler_diagnostics_arrive_and_no_SORA_one_until_the_editor_turns_the_setting_on() => TimedAsync(async () =>
    {
        Consumer consumer = await CreateRestoredConsumerAsync("lsp-no-setting", new Dictionary<string, string>
        {
            ["Program.cs"] = ConsumerSources.Program + CompilerWarning,
            ["VideoStudio.cs"] = ConsumerSources.VideoStudio,
        });
        await using EditorSession editor = await StartEditorAsync(consumer, DiagnosticsMode.Pull, csharpSettings: null);
        OpenDocument program = await editor.OpenAsync(consumer.PathOf("Program.cs"));

        DiagnosticsSeen compilerOnly = await editor.WaitForDiagnosticsAsync(
            program, diagnostics => diagnostics.Any(d => d.Code == "CS1030"), FirstDiagnosticsDeadline, "the compiler's CS1030 for the #warning in Program.cs");
        Assert.True(
            compilerOnly.Sora.Count == 0,
            "Without csharp.analyzersEnabled, csharp-ls runs no analyzer, yet it reported:\n" + string.Join("\n", compilerOnly.Sora.Select(d => d.Describe(program.Text))));

        await editor.ChangeCSharpSettingsAsync(CSharpLanguageServer.AnalyzersEnabled());
        DiagnosticsSeen withAnalyzers = await editor.WaitForDiagnosticsAsync(
            program, diagnostics => diagnostics.Any(d => d.IsSora), FirstDiagnosticsDeadline, "the SORA diagnostics once analyzersEnabled is on");
        AssertSora(ProgramInEditor, withAnalyzers.Diagnostics, program.Text);
    });
}
