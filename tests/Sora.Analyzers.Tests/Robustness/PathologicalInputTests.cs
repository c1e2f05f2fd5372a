using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// docs/robustness.md, "Pathological inputs": inputs far beyond hand-written code are analyzed without an exception and with exactly the expected
/// diagnostics. Correctness only: how fast they go is the benchmark's business (it reuses <see cref="PathologicalSources"/>).
/// </summary>
public class PathologicalInputTests
{
    private static readonly Dictionary<string, Func<PathologicalSource>> Generators = new(StringComparer.Ordinal)
    {
        ["LargeJsonLiteral"] = () => PathologicalSources.LargeJsonLiteral(),
        ["LargeDictionaryInitializer"] = () => PathologicalSources.LargeDictionaryInitializer(),
        ["LargeDictionaryAddInitializer"] = () => PathologicalSources.LargeDictionaryAddInitializer(),
        ["DeeplyParenthesizedArgument"] = () => PathologicalSources.DeeplyParenthesizedArgument(),
        ["DeeplyNestedConcatenation"] = () => PathologicalSources.DeeplyNestedConcatenation(),
        ["ManyFormAdds"] = () => PathologicalSources.ManyFormAdds(),
        ["ManyFormAddsSentToVideoCall"] = () => PathologicalSources.ManyFormAddsSentToVideoCall(),
        ["LargeFile"] = () => PathologicalSources.LargeFile(),

        // Beyond the first list, found quadratic here: the benchmark times them at 5,000; 1,000 says as much about correctness.
        ["ManyCallsReadingOneLocal"] = () => PathologicalSources.ManyCallsReadingOneLocal(calls: 1_000),
        ["ManyPayloadLocals"] = () => PathologicalSources.ManyPayloadLocals(payloads: 1_000),
    };

    private readonly ITestOutputHelper _output;

    public PathologicalInputTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string> Names => new(Generators.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task IsAnalyzedWithTheExpectedDiagnostics(string name)
    {
        PathologicalSource source = Generators[name]();
        Compilation compilation = AnalyzerRun.CreateCompilation(new[] { new SourceFile("/Pathological.cs", source.Text) });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        AnalyzerRun.Result result = await AnalyzerRun.AnalyzeAsync(compilation);

        Assert.Empty(result.Exceptions);
        string[] actual = AnalyzerRun.InSourceOrder(result.Diagnostics.Where(d => d.Id != "SORA004"))
            .Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length).ToString())
            .ToArray();
        Assert.Equal(source.Expected.Select(e => e.ToString()).ToArray(), actual);
        _output.WriteLine(source.Name + ": " + source.Text.Length + " characters, " + source.Text.Count(c => c == '\n') + " lines; " + string.Join(", ", actual.Take(4)) + (actual.Length > 4 ? ", … (" + actual.Length + " diagnostics)" : string.Empty));
    }

    [Fact]
    public void GeneratorsHaveTheSizesTheIssueNames()
    {
        Assert.InRange(PathologicalSources.LargeJsonLiteral().Text.Length, 1 << 20, (1 << 20) + 2000);
        Assert.Equal(10_000, PathologicalSources.LargeDictionaryInitializer().Text.Split('\n').Count(line => line.TrimStart().StartsWith("[\"", StringComparison.Ordinal)));
        string parenthesized = PathologicalSources.DeeplyParenthesizedArgument().Text;
        Assert.Contains(new string('(', 2_000) + "\"10\"" + new string(')', 2_000), parenthesized);
        Assert.DoesNotContain(new string('(', 2_001), parenthesized);
        Assert.Equal(5_000, PathologicalSources.ManyFormAdds().Text.Split('\n').Count(line => line.TrimStart().StartsWith("form.Add(", StringComparison.Ordinal)));
        Assert.InRange(PathologicalSources.LargeFile().Text.Count(c => c == '\n'), 50_000, 51_000);
    }
}
