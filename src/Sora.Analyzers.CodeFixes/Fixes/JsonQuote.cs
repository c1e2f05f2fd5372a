using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>How a C# string literal writes the quote of the JSON text it holds: <c>\"</c>, <c>""</c> (verbatim), or <c>"</c> (raw).</summary>
    internal static class JsonQuote
    {
        public static string In(SyntaxToken token)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    return token.Text.StartsWith("@", System.StringComparison.Ordinal) ? "\"\"" : "\\\"";
                case SyntaxKind.InterpolatedStringTextToken:
                    SyntaxToken start = token.Parent?.Parent is InterpolatedStringExpressionSyntax interpolated ? interpolated.StringStartToken : default;
                    return start.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken) ? "\"\"" : start.IsKind(SyntaxKind.InterpolatedStringStartToken) ? "\\\"" : "\"";
                default:
                    // Raw literals write a quote as itself.
                    return "\"";
            }
        }
    }
}
