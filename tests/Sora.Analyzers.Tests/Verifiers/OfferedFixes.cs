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
    /// <summary>A diagnostic, with where it is (<see cref="Location.IsInSource"/> for the C# source), and the actions offered for it.</summary>
    public sealed record Offer(string DiagnosticId, string Message, ImmutableArray<string> Titles, ImmutableArray<string> Keys, Location Location)
    {
        /// <summary>The characters the squiggle sits on, for a diagnostic in the C# source.</summary>
        public string SpanText => Location.SourceTree?.GetText().ToString(Location.SourceSpan) ?? string.Empty;
    }

    public static Task<ImmutableArray<Offer>> ForAsync(string source, string? editorConfig = null)
        => ForAsync(source, editorConfig == null ? [] : [("/.editorconfig", editorConfig)], []);

    /// <summary>
    /// Like <see cref="ForAsync(string, string?)"/>, with analyzer config files (an .editorconfig, a .globalconfig) and
    /// additional files (a sora-rules.json), each given as an absolute path and its text.
    /// </summary>
    public static async Task<ImmutableArray<Offer>> ForAsync(string source, IEnumerable<(string Path, string Text)> analyzerConfigs, IEnumerable<(string Path, string Text)> additionalFiles)
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
        foreach ((string path, string text) in analyzerConfigs)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        foreach ((string path, string text) in additionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(text), filePath: path);
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
                actions.Select(a => a.EquivalenceKey ?? string.Empty).ToImmutableArray(),
                diagnostic.Location));
        }

        return offers.ToImmutable();
    }
}
