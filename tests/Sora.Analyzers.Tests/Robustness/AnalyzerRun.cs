using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>One C# file of a test input: its path decides generated-code detection (<c>*.g.cs</c>) and its text is the code.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>An additional file (<c>sora-rules.json</c>) held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Runs the analyzer the way a host does (<see cref="CompilationWithAnalyzers"/>, concurrent execution on), and
/// records every analyzer exception: those the driver hands to <c>onAnalyzerException</c> and any AD0001 it reports.
/// </summary>
internal static class AnalyzerRun
{
    /// <summary>One analyzer instance for every run, as a host shares it across compilations and threads.</summary>
    public static readonly DiagnosticAnalyzer Analyzer = new VideoRequestAnalyzer();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Exceptions);

    /// <summary>A project of <paramref name="files"/> in <paramref name="workspace"/>, compiled like the tests' verifiers compile.</summary>
    public static Project CreateProject(AdhocWorkspace workspace, IEnumerable<SourceFile> files, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        ProjectId projectId = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution
            .AddProject(projectId, "Test", "Test", LanguageNames.CSharp)
            .WithProjectCompilationOptions(projectId, new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable))
            .WithProjectParseOptions(projectId, ParseOptions)
            .AddMetadataReferences(projectId, TestReferences.All);
        foreach (SourceFile file in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), System.IO.Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>A compilation of <paramref name="files"/> without a workspace (parsed on the calling thread).</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<SourceFile> files, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        => CSharpCompilation.Create(
            "Test",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.Path)),
            TestReferences.All,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));

    public static Task<Result> AnalyzeAsync(Compilation compilation, CancellationToken cancellationToken = default)
        => AnalyzeAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), cancellationToken);

    public static Task<Result> AnalyzeAsync(Compilation compilation, ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken = default)
        => AnalyzeAsync(compilation, new AnalyzerOptions(additionalFiles), cancellationToken);

    /// <summary>Runs <see cref="Analyzer"/>, and <paramref name="others"/> beside it (test helpers that observe the run).</summary>
    public static async Task<Result> AnalyzeAsync(Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken, params DiagnosticAnalyzer[] others)
    {
        var exceptions = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            (exception, analyzer, diagnostic) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(Analyzer).AddRange(others), options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (Diagnostic diagnostic in diagnostics.Where(IsAnalyzerFailure))
        {
            exceptions.Enqueue(diagnostic.ToString());
        }

        return new Result(diagnostics.Where(d => !IsAnalyzerFailure(d)).ToImmutableArray(), exceptions.ToImmutableArray());
    }

    /// <summary>AD0001 (an analyzer threw) and AD0002 (an analyzer's diagnostic was rejected by the driver).</summary>
    public static bool IsAnalyzerFailure(Diagnostic diagnostic) => diagnostic.Id == "AD0001" || diagnostic.Id == "AD0002";

    /// <summary>The order a reader expects: by file, then position, then id.</summary>
    public static IOrderedEnumerable<Diagnostic> InSourceOrder(IEnumerable<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Everything a diagnostic says, for equality checks: id, file, span, message, additional locations and properties.</summary>
    public static string Describe(Diagnostic diagnostic)
        => string.Join(
            " | ",
            diagnostic.Id,
            diagnostic.Location.GetLineSpan().Path + diagnostic.Location.SourceSpan,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            string.Join(";", diagnostic.AdditionalLocations.Select(l => l.SourceSpan.ToString())),
            string.Join(";", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
}
