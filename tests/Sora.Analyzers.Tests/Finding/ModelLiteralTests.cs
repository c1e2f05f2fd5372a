using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Finding;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>
/// The decision first (docs/performance.md): the model a payload writes as a literal is read from syntax alone, so a
/// payload of another provider's model costs a syntax read and a table lookup.
/// </summary>
public class ModelLiteralTests
{
    [Theory]
    [InlineData("new { model = \"gpt-4o\", messages = 1 }", "gpt-4o")]
    [InlineData("new { Model = \"gpt-4o\" }", "gpt-4o")]
    [InlineData("new Body { Model = \"whisper-1\", Prompt = \"\" }", "whisper-1")]
    [InlineData("new Dictionary<string, object> { [\"model\"] = \"text-embedding-3-small\" }", "text-embedding-3-small")]
    [InlineData("new Dictionary<string, object> { { \"model\", \"tts-1\" } }", "tts-1")]
    [InlineData("new { model = configured }", null)]
    [InlineData("new Dictionary<string, object> { [\"Model\"] = \"gpt-4o\" }", null)]
    [InlineData("new { prompt = \"a fox\" }", null)]
    public void TheWrittenModelIsReadFromSyntax(string creation, string? expected)
    {
        ExpressionSyntax expression = SyntaxFactory.ParseExpression(creation);

        Assert.Equal(expected, ModelLiteral.Of(expression));
    }
}
