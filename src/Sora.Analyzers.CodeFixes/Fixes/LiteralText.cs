using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>Writes a replacement value as C# source in the form the code already uses.</summary>
    internal static class LiteralText
    {
        private const string NumericSuffixLetters = "uUlLfFdDmM";

        /// <summary>
        /// The new text of a literal token: <c>"10"</c> → <c>"8"</c>, <c>@"10"</c> → <c>@"8"</c>,
        /// <c>10L</c> → <c>8L</c>, <c>10.0</c> → <c>8.0</c>.
        /// </summary>
        public static string Like(SyntaxToken token, string value, SpecialType type)
        {
            string text = token.Text;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    return text.StartsWith("@", System.StringComparison.Ordinal)
                        ? "@\"" + value.Replace("\"", "\"\"") + "\""
                        : LiteralFormat.String(value);
                case SyntaxKind.SingleLineRawStringLiteralToken:
                    int quotes = text.TakeWhile(c => c == '"').Count();
                    return value.Contains('"') ? LiteralFormat.String(value) : new string('"', quotes) + value + new string('"', quotes);
                case SyntaxKind.NumericLiteralToken:
                    bool hexOrBinary = text.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase) || text.StartsWith("0b", System.StringComparison.OrdinalIgnoreCase);
                    string suffix = hexOrBinary
                        ? new string(text.Reverse().TakeWhile(c => "uUlL".IndexOf(c) >= 0).Reverse().ToArray())
                        : new string(text.Reverse().TakeWhile(c => NumericSuffixLetters.IndexOf(c) >= 0).Reverse().ToArray());
                    string digits = text.Substring(0, text.Length - suffix.Length);
                    bool hasFraction = !hexOrBinary && (digits.Contains('.') || digits.IndexOfAny(new[] { 'e', 'E' }) >= 0);
                    return value + (hasFraction && !value.Contains('.') ? ".0" : string.Empty) + suffix;
                default:
                    return LiteralFormat.For(type, value);
            }
        }
    }
}
