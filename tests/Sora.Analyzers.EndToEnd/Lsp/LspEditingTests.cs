using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// Squiggles while typing, in an editor on csharp-ls with <c>csharp.analyzersEnabled</c>: the SORA diagnostics of a file
/// arrive when it opens, an edit that makes a valid value invalid adds one, an edit that fixes a value removes its one.
/// The same story in both ways an editor gets diagnostics (docs/install.md, LSP editors).
/// </summary>
public sealed class LspEditingTests(PackageFixture package, ITestOutputHelper output) : LspTest(package, output)
{
    private const string LakeSeconds = "model: \"sora-2-pro\", seconds: ";
    private const string FoxSeconds = "model: \"sora-2\", seconds: ";

    [Theory]
    [InlineData(DiagnosticsMode.Pull)]
    [InlineData(DiagnosticsMode.Push)]
    public Task Editor_shows_the_SORA_diagnostics_on_open_then_one_more_when_an_edit_breaks_a_value_and_one_less_when_an_edit_fixes_one(DiagnosticsMode mode)
        => TimedAsync(async () =>
        {
            Consumer consumer = await CreateRestoredConsumerAsync($"lsp-editing-{mode.ToString().ToLowerInvariant()}", new Dictionary<string, string>
            {
                ["Program.cs"] = ConsumerSources.Program,
                ["VideoStudio.cs"] = ConsumerSources.VideoStudio,
            });
            await using EditorSession editor = await StartEditorAsync(consumer, mode, CSharpLanguageServer.AnalyzersEnabled());
            OpenDocument program = await editor.OpenAsync(consumer.PathOf("Program.cs"));

            DiagnosticsSeen opened = await editor.WaitForDiagnosticsAsync(
                program, diagnostics => diagnostics.Any(d => d.IsSora), FirstDiagnosticsDeadline, "the first SORA diagnostics of Program.cs after didOpen");
            AssertSora(ProgramInEditor, opened.Diagnostics, program.Text);
            ReportFigure($"{mode}, didOpen to the first SORA diagnostics (the server loads the project first)", opened.AfterChange);

            // The lake's 15 seconds are valid for sora-2-pro (10, 15 or 25); the user types 16 over them.
            await editor.ChangeAsync(program, LakeSeconds, "15", "16");
            DiagnosticsSeen broken = await editor.WaitForDiagnosticsAsync(
                program, diagnostics => diagnostics.Any(d => d.IsSora && d.Range.TextIn(program.Text) == "16"), EditDeadline, "a SORA diagnostic on the 16 just typed");
            string lake = Expected.InEditor(
                Expected.Diagnostic("SORA001", "warning", "Program.cs", program.Text, LakeSeconds, "16",
                    "Model 'sora-2-pro' does not support seconds '16'. Supported values are: '10', '15', and '25'."),
                "16");
            AssertSora([.. ProgramInEditor, lake], broken.Diagnostics, program.Text);
            ReportFigure($"{mode}, didChange to the new SORA diagnostic", broken.AfterChange);

            // The fox's 10 seconds become 8, which sora-2 renders: its SORA001 goes, the others stay.
            await editor.ChangeAsync(program, FoxSeconds, "10", "8");
            DiagnosticsSeen fixedValue = await editor.WaitForDiagnosticsAsync(
                program, diagnostics => !diagnostics.Any(d => d.IsSora && d.Message.Contains("seconds '10'", StringComparison.Ordinal)), EditDeadline,
                "the SORA001 on the fox's 10 seconds to go");
            AssertSora([.. ProgramInEditor.Where(d => !d.Contains("seconds '10'", StringComparison.Ordinal)), lake], fixedValue.Diagnostics, program.Text);
            ReportFigure($"{mode}, didChange to the fixed value's diagnostic gone", fixedValue.AfterChange);
        });
}
