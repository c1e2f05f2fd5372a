using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// Fix All the way `dotnet format analyzers --diagnostics SORA001 SORA002 SORA003` asks for it: one rule at a time, with
/// the equivalence key of the first action of the first diagnostic the analyzer reported — which may belong to another
/// rule — and every diagnostic of the analyzer in its diagnostic provider. (The end-to-end tests run the real tool.)
/// </summary>
public class DotNetFormatFixAllTests
{
    private const string Source = """
        class App
        {
            void Run()
            {
                VideoClient.CreateVideoWithNumbers("fox", model: "sora-2", seconds: 10);
                VideoClient.CreateVideoWithNumbers("harbour", model: "sora2", seconds: 8);
                VideoClient.CreateVideoWithNumbers("city", model: "sora-2", seconds: 8, size: "1792x1024");
            }
        }
        """ + VideoApi.Declarations;

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    [InlineData("SORA001", FixKeys.UseClosestModel, "seconds: 10", "seconds: 8")]
    [InlineData("SORA002", FixKeys.UseNearestSeconds, "\"sora2\"", "\"sora-2\"")]
    [InlineData("SORA003", FixKeys.UseClosestModel, "\"1792x1024\"", "\"1280x720\"")]
    [InlineData("SORA003", null, "\"1792x1024\"", "\"1280x720\"")]
    public async Task Fix_all_of_one_rule_with_the_key_of_another_rule_applies_that_rules_first_choice(string id, string? foreignKey, string before, string after)
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await AnalyzeAsync();
        var provider = new VideoRequestCodeFixProvider();
        var context = new FixAllContext(document, provider, FixAllScope.Solution, foreignKey!, [id], new AllDiagnostics(diagnostics), CancellationToken.None);

        CodeAction? fixAll = await provider.GetFixAllProvider().GetFixAsync(context);

        Assert.NotNull(fixAll);
        ApplyChangesOperation apply = Assert.Single((await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        string text = (await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
        Assert.Equal(Source.Replace(before, after, StringComparison.Ordinal), text);
    }

    /// <summary>
    /// SORA007 without a replacement has no action; dotnet format still asks for its Fix All, and gets one that changes
    /// nothing instead of null (which it would print as "Unable to fix SORA007 … didn't return a Fix All action").
    /// </summary>
    [Theory]
    [Trait("Rule", "SORA007")]
    [InlineData(null)]
    [InlineData(FixKeys.UseNearestSeconds)]
    public async Task Fix_all_of_a_rule_whose_diagnostics_have_no_action_changes_nothing(string? foreignKey)
    {
        const string Removed = """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("fox", model: "sora-2", seconds: 10);
            }
            """ + VideoApi.Declarations;
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await AnalyzeAsync(Removed, "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n");
        Assert.Contains(diagnostics, d => d.Id == "SORA007");
        var provider = new VideoRequestCodeFixProvider();
        var context = new FixAllContext(document, provider, FixAllScope.Solution, foreignKey!, ["SORA007"], new AllDiagnostics(diagnostics), CancellationToken.None);

        CodeAction? fixAll = await provider.GetFixAllProvider().GetFixAsync(context);

        Assert.NotNull(fixAll);
        ApplyChangesOperation apply = Assert.Single((await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        Assert.Equal(Removed, (await apply.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString());
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync()
    {
        (Document document, ImmutableArray<Diagnostic> diagnostics) = await AnalyzeAsync(Source, editorConfig: null);
        Assert.Equal(["SORA001", "SORA002", "SORA003"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        return (document, diagnostics);
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(string source, string? editorConfig)
    {
        var workspace = new AdhocWorkspace();
        Project project = workspace.AddProject("App", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithMetadataReferences(TestReferences.All);
        Document document = project.AddDocument("App.cs", SourceText.From(source), filePath: "/src/App.cs");
        if (editorConfig != null)
        {
            document = document.Project.AddAnalyzerConfigDocument(".editorconfig", SourceText.From(editorConfig), filePath: "/src/.editorconfig").Project.GetDocument(document.Id)!;
        }

        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new VideoRequestAnalyzer()], document.Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return (document, diagnostics);
    }

    /// <summary>Every diagnostic of the analyzer, whatever rule is being fixed, as dotnet format's provider gives them.</summary>
    private sealed class AllDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
