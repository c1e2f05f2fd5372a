using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// The same compilation analyzed again, with concurrent execution, gives the same diagnostics: same ids, spans,
/// messages, additional locations and properties (what a fix reads). Roslyn does not promise an order for
/// <see cref="Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken)"/>
/// (diagnostics arrive from concurrent actions; Microsoft.CodeAnalysis.Testing sorts them itself), so the lists are
/// compared in source order; the raw order is only reported.
/// </summary>
public class DeterminismTests
{
    private const int Runs = 5;

    private readonly ITestOutputHelper _output;

    public DeterminismTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task RepeatedConcurrentAnalysisGivesTheSameDiagnostics()
    {
        Compilation compilation = CorpusCompilation();
        var sorted = new List<string[]>();
        var raw = new List<string[]>();

        // The same compilation again and again (semantic models cached after the first run), then fresh copies (all binding races again).
        for (int run = 0; run < Runs + 2; run++)
        {
            Compilation analyzed = run < Runs ? compilation : compilation.Clone();
            AnalyzerRun.Result result = await AnalyzerRun.AnalyzeAsync(analyzed);
            Assert.Empty(result.Exceptions);
            raw.Add(result.Diagnostics.Select(AnalyzerRun.Describe).ToArray());
            sorted.Add(AnalyzerRun.InSourceOrder(result.Diagnostics).ThenBy(AnalyzerRun.Describe, StringComparer.Ordinal).Select(AnalyzerRun.Describe).ToArray());
        }

        Assert.True(sorted[0].Length > 100, "too few diagnostics to say anything: " + sorted[0].Length);
        for (int run = 1; run < sorted.Count; run++)
        {
            Assert.Equal(sorted[0], sorted[run]);
        }

        int sameRawOrder = raw.Skip(1).Count(r => r.SequenceEqual(raw[0]));
        _output.WriteLine(
            compilation.SyntaxTrees.Count() + " files, " + sorted[0].Length + " diagnostics, identical in source order in all " + sorted.Count
            + " runs; the unsorted order of GetAnalyzerDiagnosticsAsync matched the first run's in " + sameRawOrder + " of " + (raw.Count - 1) + " runs (not guaranteed by Roslyn, not asserted)");
    }

    [Fact]
    public async Task EveryDiagnosticHasADistinctPlaceInSourceOrder()
    {
        // If two different diagnostics could tie in source order, a sorted list would still depend on arrival order.
        AnalyzerRun.Result result = await AnalyzerRun.AnalyzeAsync(CorpusCompilation());
        var keys = result.Diagnostics
            .GroupBy(d => (d.Location.SourceTree?.FilePath, d.Location.SourceSpan, d.Id))
            .Where(g => g.Select(AnalyzerRun.Describe).Distinct().Count() > 1)
            .Select(g => string.Join(Environment.NewLine, g.Select(AnalyzerRun.Describe)))
            .ToList();
        Assert.Empty(keys);
    }

    /// <summary>
    /// One compilation of every corpus source that can live in a namespace of its own (file-scoped, after its usings):
    /// a couple of hundred files of requests of every shape, analyzed concurrently.
    /// </summary>
    private static Compilation CorpusCompilation()
    {
        var files = new List<SourceFile>();
        foreach (CorpusItem item in FuzzCorpus.All.Where(i => i.Files.Length == 1 && i.OutputKind == OutputKind.DynamicallyLinkedLibrary))
        {
            string text = item.Files[0].Text;
            CompilationUnitSyntax root = CSharpSyntaxTree.ParseText(text, AnalyzerRun.ParseOptions).GetCompilationUnitRoot();
            if (root.Members.Any(m => m is BaseNamespaceDeclarationSyntax) || root.AttributeLists.Any() || root.Usings.Any(u => u.GlobalKeyword != default) || root.ContainsDiagnostics)
            {
                continue;
            }

            int at = root.Usings.Any() ? root.Usings.Last().FullSpan.End : 0;
            files.Add(new SourceFile("/Corpus" + files.Count + ".cs", text.Insert(at, "namespace Corpus" + files.Count + ";\n")));
        }

        return AnalyzerRun.CreateCompilation(files);
    }
}
