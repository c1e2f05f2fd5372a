using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.CodeFixes.Fixes;

namespace Sora.Analyzers.Tests.Verifiers;

/// <summary>
/// The analyzer and code-fix verifiers of Microsoft.CodeAnalysis.Testing, set up for this package:
/// markup such as <c>{|SORA001:10|}</c> marks the exact span of an expected diagnostic.
/// </summary>
internal static class Verify
{
    /// <summary>Analyzes <paramref name="source"/> (markup) and expects exactly the marked diagnostics.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, editorConfig: null, expected);

    public static Task AnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, editorConfig, ruleFile: null, expected);

    /// <summary>Analyzes <paramref name="source"/> with a project's <c>sora-rules.json</c> (<paramref name="ruleFile"/>, its text).</summary>
    public static Task AnalyzerAsync(string source, string? editorConfig, string? ruleFile, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        if (ruleFile != null)
        {
            test.TestState.AdditionalFiles.Add(("/sora-rules.json", ruleFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Analyzes code that does not compile (half-typed code): only the analyzer's diagnostics are compared.</summary>
    public static Task AnalyzerOnBrokenCodeAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies the code action with <paramref name="equivalenceKey"/> to every marked diagnostic, one at a time
    /// and with Fix All (document, project, solution), and expects <paramref name="fixedSource"/>. Markup in
    /// <paramref name="fixedSource"/> marks the diagnostics that remain after the fix (those that action does not fix).
    /// </summary>
    public static Task FixAsync(string source, string fixedSource, string equivalenceKey, string? editorConfig = null, string? ruleFile = null)
    {
        var test = new FixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
            test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        if (ruleFile != null)
        {
            test.TestState.AdditionalFiles.Add(("/sora-rules.json", ruleFile));
            test.FixedState.AdditionalFiles.Add(("/sora-rules.json", ruleFile));
        }

        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>
    /// An .editorconfig that lists an application's own client methods in <c>sora_analyzers.video_methods</c>: a request
    /// that reaches one is a Sora request even without a model (docs/design.md, "Precision").
    /// </summary>
    public static string ListingVideoMethods(string names) => "root = true\n[*.cs]\nsora_analyzers.video_methods = " + names + "\n";

    /// <summary>
    /// The test sources' own clients (<c>Studio.SubmitVideo</c> and the like), listed as a team would list theirs, and the
    /// table the team calls chosen explicitly: a request without a model, or with one known only at run time, is checked
    /// only against a chosen table (docs/design.md, "Precision").
    /// </summary>
    public static string ListingTestClients { get; } = ListingVideoMethods("CreateVideo, CreateVideoAsync, SubmitVideo, SubmitVideoJob") + "sora_analyzers.rule_table = apiyi\n";

    /// <summary>An .editorconfig that chooses <paramref name="table"/> for every file: what a team does for the endpoint it calls.</summary>
    public static string Choosing(string table) => "root = true\n[*.cs]\nsora_analyzers.rule_table = " + table + "\n";


    // `$$` is C# (raw interpolated strings such as $$"""{"model": "{{Model}}"}"""), not the caret markup; no test uses the caret.
    // A rule with a second message (the model not a constant) has two descriptors: markup means the first.
    private const MarkupOptions PositionIndicatorsAreCode = MarkupOptions.TreatPositionIndicatorsAsCode | MarkupOptions.UseFirstDescriptor;

    internal sealed class AnalyzerTest : CSharpAnalyzerTest<VideoRequestAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            MarkupOptions = PositionIndicatorsAreCode;
            TestReferences.Apply(TestState);
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions()
            => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
    }

    internal sealed class FixTest : CSharpCodeFixTest<VideoRequestAnalyzer, VideoRequestCodeFixProvider, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            MarkupOptions = PositionIndicatorsAreCode;
            TestReferences.Apply(TestState);
            TestReferences.Apply(FixedState);

            // The fixed code states every diagnostic left after the fix, fixable ones included
            // (by default the fixed state ignores markup of diagnostics the provider can fix).
            FixedState.MarkupHandling = MarkupMode.Allow;
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions()
            => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
    }
}
