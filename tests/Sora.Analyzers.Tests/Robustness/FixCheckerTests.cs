using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Diagnostics;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>The fuzz suite's judge of a fix's edit, checked on its own: it must reject what it exists to catch.</summary>
public class FixCheckerTests
{
    private const string Code = "class A { void M() => V(\"sora-2\", \"10\"); }";

    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText(Code);

    private static readonly TextSpan Seconds = Span("\"10\"");

    private static readonly TextSpan Model = Span("\"sora-2\"");

    [Fact]
    public void AnEditOfTheValueIsConfined()
        => Assert.Null(FixChecker.WhyNotConfined(Diagnostic(Seconds, "Expression"), FixKeys.UseNearestSeconds, Code, Code.Replace("\"10\"", "\"8\"")));

    [Fact]
    public void AnEditBesideTheValueIsNot()
        => Assert.NotNull(FixChecker.WhyNotConfined(Diagnostic(Seconds, "Expression"), FixKeys.UseNearestSeconds, Code, Code.Replace("\"10\");", "\"8\")")));

    [Fact]
    public void AModelSwitchMayEditOnlyTheModel()
    {
        Diagnostic diagnostic = Diagnostic(Seconds, "Expression", modelEdit: "Expression");
        Assert.Null(FixChecker.WhyNotConfined(diagnostic, FixKeys.SwitchModelForSeconds, Code, Code.Replace("sora-2", "sora-2-pro")));
        Assert.NotNull(FixChecker.WhyNotConfined(diagnostic, FixKeys.SwitchModelForSeconds, Code, Code.Replace("\"10\"", "\"8\"")));
    }

    [Fact]
    public void AnInsertionMustBeOnlyThatIntoItsNode()
    {
        int at = Code.IndexOf(")", StringComparison.Ordinal) + 1;
        at = Code.IndexOf(')', at);
        Diagnostic diagnostic = Diagnostic(Seconds, "Insert", insertInto: Span("V(\"sora-2\", \"10\")"));
        string inserted = Code.Insert(at, ", size: \"1280x720\"");
        Assert.Null(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, Code, inserted));
        Assert.NotNull(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, Code, inserted.Replace("\"10\"", "\"8\"")));
        Assert.NotNull(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, Code, Code.Insert(Code.IndexOf("void", StringComparison.Ordinal), "x")));
        Assert.NotNull(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, Code, Code.Remove(at, 1)));
    }

    [Fact]
    public void ALineBreakMustBeTheDocumentsOwn()
    {
        string crlf = Code.Replace("{ void", "{\r\n void");
        int at = crlf.IndexOf(" void", StringComparison.Ordinal);
        Diagnostic diagnostic = Diagnostic(Seconds, "Insert", insertInto: new TextSpan(at, 5));
        Assert.Null(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, crlf, crlf.Insert(at, "\r\n x")));
        Assert.NotNull(FixChecker.WhyNotConfined(diagnostic, FixKeys.UseNearestSize, crlf, crlf.Insert(at, "\n x")));
    }

    private static TextSpan Span(string text) => new(Code.IndexOf(text, StringComparison.Ordinal), text.Length);

    private static Diagnostic Diagnostic(TextSpan span, string edit, string? modelEdit = null, TextSpan? insertInto = null)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Edit] = edit;
        if (insertInto != null)
        {
            properties[PropertyKeys.InsertName] = "size";
        }

        if (modelEdit != null)
        {
            properties[PropertyKeys.ModelEdit] = modelEdit;
        }

        var descriptor = new DiagnosticDescriptor("SORA001", "t", "m", "c", DiagnosticSeverity.Warning, true);
        return Microsoft.CodeAnalysis.Diagnostic.Create(
            descriptor,
            Location.Create(Tree, span),
            new[] { Location.Create(Tree, insertInto ?? span), Location.Create(Tree, Model) },
            properties.ToImmutable());
    }
}
