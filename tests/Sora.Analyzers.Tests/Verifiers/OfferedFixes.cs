using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes;

namespace Sora.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs the analyzer on a source and asks the code fix provider which actions it offers for each diagnostic,
/// the way the IDE's light bulb does: the verifiers check one action's result, this checks the whole menu.
/// </summary>
internal static class OfferedFixes
{
    public sealed record Offer(string DiagnosticId, string Message, ImmutableArray<string> Titles, ImmutableArray<string> Keys);

    public static async Task<ImmutableArray<Offer>> ForAsync(string source, string? editorConfig = null)
    {
        using var workspace = new AdhocWorkspace();
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(projectId, "Test", "Test", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(projectId, TestReferences.All);
        DocumentId documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test.cs", SourceText.From(source), filePath: "/Test.cs");
        if (editorConfig != null)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorConfig), filePath: "/.editorconfig");
        }

        Project project = solution.GetProject(projectId)!;
        Compilation compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new VideoRequestAnalyzer()), project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();

        var provider = new VideoRequestCodeFixProvider();
        Document document = project.GetDocument(documentId)!;
        var offers = ImmutableArray.CreateBuilder<Offer>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var actions = new List<CodeAction>();
            if (provider.FixableDiagnosticIds.Contains(diagnostic.Id))
            {
                var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
                await provider.RegisterCodeFixesAsync(context);
            }

            offers.Add(new Offer(
                diagnostic.Id,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                actions.Select(a => a.Title).ToImmutableArray(),
                actions.Select(a => a.EquivalenceKey ?? string.Empty).ToImmutableArray()));
        }

        return offers.ToImmutable();
    }
}
