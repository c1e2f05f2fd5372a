using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Requests;

/// <summary>
/// The syntactic view of a local (docs/design.md, "Locals"): its scope, each mention read or written, a local written
/// exactly once. And, through the analyzer, what each write form does to the value a request reads: a write that gives
/// a value and may not run leaves the initializer's value reaching the read; any other write form makes it unknown; a
/// form written by a deconstruction is left alone.
/// </summary>
public class LocalFlowTests
{
    public static TheoryData<string, string> WriteForms => new()
    {
        { "assignment", "seconds = 12;" },
        { "compound assignment", "seconds += 2;" },
        { "null-coalescing assignment", "seconds ??= 2;" },
        { "prefix increment", "++seconds;" },
        { "postfix decrement", "seconds--;" },
        { "ref argument", "Touch(ref seconds);" },
        { "out argument", "Set(out seconds);" },
        { "deconstruction", "(seconds, other) = (12, 1);" },
        { "nested deconstruction", "((seconds, other), other) = ((12, 1), 2);" },
        { "write in a lambda", "System.Action a = () => seconds = 12;" },
    };

    [Theory]
    [MemberData(nameof(WriteForms))]
    public void EachWriteFormIsASecondWrite(string form, string write)
    {
        (ILocalSymbol local, SemanticModel model) = Bind("int? seconds = 10; int? other = 0; " + write + " Use(seconds);");
        LocalWrites? writes = LocalFlow.WritesOf(local, model, CancellationToken.None);
        Assert.True(writes.HasValue, form);
        Assert.Equal(2, writes.Value.Count);
        Assert.Null(writes.Value.OnlyValue);
    }

    [Fact]
    public void ReadsAreNotWrites()
    {
        (ILocalSymbol local, SemanticModel model) = Bind("int? seconds = 10; int? other = 0; Use(seconds); other = seconds; Use(seconds.ToString()); Use((seconds, other));");
        LocalWrites? writes = LocalFlow.WritesOf(local, model, CancellationToken.None);
        Assert.Equal(1, writes!.Value.Count);
        Assert.Equal("10", writes.Value.OnlyValue!.ToString());
    }

    [Fact]
    public void ADeclarationWithoutValueThenOneAssignmentIsThatValue()
    {
        (ILocalSymbol local, SemanticModel model) = Bind("int? seconds; int? other = 0; seconds = 8; Use(seconds);");
        Assert.Equal("8", LocalFlow.WritesOf(local, model, CancellationToken.None)!.Value.OnlyValue!.ToString());
    }

    [Fact]
    public void AnotherSymbolOfTheSameNameIsNotTheLocal()
    {
        (ILocalSymbol local, SemanticModel model) = Bind("int? seconds = 10; int? other = 0; Use(seconds); void Inner() { int seconds = 3; seconds++; }");
        Assert.Equal(1, LocalFlow.WritesOf(local, model, CancellationToken.None)!.Value.Count);
    }

    [Theory]
    [InlineData("class C { void M() { { int seconds = 1; } } }", "BlockSyntax")]
    [InlineData("class C { void M() { using (var seconds = new System.IO.MemoryStream()) { } } }", "UsingStatementSyntax")]
    [InlineData("class C { void M() { for (int seconds = 0; seconds < 2; seconds++) { } } }", "ForStatementSyntax")]
    [InlineData("class C { void M(int x) { switch (x) { case 1: int seconds = 1; break; } } }", "SwitchSectionSyntax")]
    [InlineData("int seconds = 1;", "CompilationUnitSyntax")]
    public void TheScopeIsWhereTheLocalCanBeMentioned(string source, string scopeKind)
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source);
        VariableDeclaratorSyntax declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single();
        Assert.Equal(scopeKind, LocalFlow.ScopeOf(declarator)?.GetType().Name);
    }

    [Fact]
    public void AFieldHasNoLocalScope()
    {
        SyntaxTree tree = CSharpSyntaxTree.ParseText("class C { int seconds = 1; }");
        Assert.Null(LocalFlow.ScopeOf(tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single()));
    }

    /// <summary>
    /// Writes that give the local a value of their own and may not run: the initializer's value still reaches the read,
    /// and is reported where it is written (docs/design.md, "Locals").
    /// </summary>
    public static TheoryData<string, string> ValueWriteForms => new()
    {
        { "assignment in a branch", "if (other == 0) seconds = 12;" },
        { "null-coalescing assignment", "seconds ??= {|SORA001:2|};" },
    };

    /// <summary>Writes whose new value is not written as a value: the local is then not a constant.</summary>
    public static TheoryData<string, string> OtherWriteForms => new()
    {
        { "compound assignment", "seconds += 2;" },
        { "prefix increment", "++seconds;" },
        { "postfix decrement", "seconds--;" },
        { "ref argument", "Touch(ref seconds);" },
        { "out argument", "Set(out seconds);" },
        { "deconstruction", "(seconds, other) = (12, 1);" },
        { "nested deconstruction", "((seconds, other), other) = ((12, 1), 2);" },
        { "write in a lambda", "System.Action a = () => seconds = 12;" },
    };

    [Theory]
    [Trait("Rule", "SORA001")]
    [MemberData(nameof(ValueWriteForms))]
    public Task EachValueALocalIsGivenIsChecked(string form, string write)
    {
        _ = form;
        return Verify.AnalyzerAsync(Source(write, "seconds").Replace("int? seconds = 10;", "int? seconds = {|SORA001:10|};"));
    }

    [Theory]
    [MemberData(nameof(OtherWriteForms))]
    public Task AValueWrittenAgainIsNotReported(string form, string write)
    {
        _ = form;
        return Verify.AnalyzerAsync(Source(write, "seconds"));
    }

    private static string Source(string write, string secondsArgument) => """
        using System.Threading.Tasks;

        class App
        {
            async Task Run(Studio studio)
            {
                int? seconds = 10; int? other = 0;
                WRITE
                await studio.CreateVideoAsync("a fox", model: "sora-2", seconds: ARGUMENT);
            }

            static void Touch(ref int? value) { }
            static void Set(out int? value) => value = 4;
        }

        class Studio
        {
            public Task CreateVideoAsync(string prompt, string model, int? seconds) => Task.CompletedTask;
        }
        """.Replace("WRITE", write).Replace("ARGUMENT", secondsArgument);

    /// <summary>After <c>(form, n) = (new MultipartFormDataContent(), 1)</c> the form is another one: its Adds are not the first form's.</summary>
    [Fact]
    public Task AFormWrittenByDeconstructionIsLeftAlone()
        => Verify.AnalyzerAsync("""
            using System.Net.Http;

            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    int n = 0;
                    form.Add(new StringContent("sora-2"), "model");
                    (form, n) = (new MultipartFormDataContent(), 1);
                    form.Add(new StringContent("sora-2-pro"), "model");
                    form.Add(new StringContent("10"), "seconds");
                }
            }
            """);

    private static (ILocalSymbol Local, SemanticModel Model) Bind(string statements)
    {
        string source = "class C { void M() { " + statements + " } static void Use(object? o) { } static void Touch(ref int? v) { } static void Set(out int? v) => v = 1; }";
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source);
        CSharpCompilation compilation = CSharpCompilation.Create("flow", new[] { tree }, TestReferences.All);
        SemanticModel model = compilation.GetSemanticModel(tree);
        VariableDeclaratorSyntax declarator = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().First(d => d.Identifier.ValueText == "seconds");
        return ((ILocalSymbol)model.GetDeclaredSymbol(declarator)!, model);
    }
}
