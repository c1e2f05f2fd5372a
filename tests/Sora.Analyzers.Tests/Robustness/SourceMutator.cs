using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// Derives broken (and sometimes still valid) variants of a C# source, the way code looks while it is typed:
/// truncated at a token, a token deleted or duplicated, an unbalanced brace, parenthesis or quote, characters
/// edited inside a string literal (and so inside the JSON in it), a literal swapped for a value the rules reject,
/// a request member written into a JSON object. Everything comes from the <see cref="Random"/> it is given, so a
/// seed reproduces a variant exactly.
/// </summary>
internal static class SourceMutator
{
    private static readonly string[] Unbalanced = { "{", "}", "(", ")", "[", "]", "\"", "'", "\"\"\"", "@\"", "$\"", "$$\"\"\"", "/*", "<", ",", ";", ":" };

    // Values the rules reject or cannot parse, and values near them: they make diagnostics (and fixes) in code that still compiles.
    private static readonly string[] StringValues =
    {
        "10", "8", "5", "30", "sora2", "Sora-2", "sora-2", "sora-2-pro", "sora-2pro", "sora-2-relay", "sora-3", "gpt-4o",
        "1792x1024", "1024x1792", "1280x720", "1280*720", "1920x1080", "ten", "-4", "", " ", "1e999", "99999999999999999999",
        "{\\\"model\\\":\\\"sora2\\\"}", "{0}",
    };

    private static readonly string[] NumericValues = { "10", "0", "5", "12", "25", "30", "10L", "1e1", "0xA", "10.5", "2147483647", "99999999999999999999", "1_0" };

    // Characters that matter to JSON and to C# strings.
    private const string StringAlphabet = "{}[]\":,\\ 0123456789.-+eExnt\n\t$@'é\u00A0\uD83D\uDE00";

    private static readonly string[] JsonMembers =
    {
        "\"seconds\": 10, ", "\"seconds\": \"10\", ", "\"model\": \"sora2\", ", "\"model\": \"sora-2\", ", "\"size\": \"1792x1024\", ",
        "\"model\": 5, ", "\"seconds\": 1e999, ", "\"seconds\": [10], ", "\"seconds\": {}, ",
    };

    /// <summary>Applies one to three mutations; <paramref name="description"/> says which, to reproduce a failure by reading it.</summary>
    public static string Mutate(string text, Random random, out string description)
    {
        int count = random.Next(100) switch { < 60 => 1, < 85 => 2, _ => 3 };
        var steps = new List<string>();
        for (int i = 0; i < count; i++)
        {
            text = MutateOnce(text, random, out string step);
            steps.Add(step);
        }

        description = string.Join("; ", steps);
        return text;
    }

    /// <summary>One to three character edits anywhere (a truncation now and then): for text that is not C#, such as sora-rules.json.</summary>
    public static string MutateCharacters(string text, Random random, out string description)
    {
        var steps = new List<string>();
        for (int i = 1 + random.Next(3); i > 0 && text.Length > 0; i--)
        {
            int at = random.Next(text.Length);
            char c = StringAlphabet[random.Next(StringAlphabet.Length)];
            switch (random.Next(7))
            {
                case 0:
                    steps.Add("truncate at " + at);
                    text = text.Substring(0, at);
                    break;
                case 1:
                case 2:
                    steps.Add("delete at " + at);
                    text = text.Remove(at, 1);
                    break;
                case 3:
                case 4:
                    steps.Add("insert '" + Escape(c) + "' at " + at);
                    text = text.Insert(at, c.ToString());
                    break;
                default:
                    steps.Add("replace at " + at + " by '" + Escape(c) + "'");
                    text = text.Remove(at, 1).Insert(at, c.ToString());
                    break;
            }
        }

        description = string.Join("; ", steps);
        return text;
    }

    private static string MutateOnce(string text, Random random, out string description)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(text, AnalyzerRun.ParseOptions).GetRoot();
        List<SyntaxToken> tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            description = "no tokens: unchanged";
            return text;
        }

        List<SyntaxToken> strings = tokens.Where(IsStringToken).ToList();
        List<SyntaxToken> literals = tokens.Where(t => IsStringToken(t) || t.IsKind(SyntaxKind.NumericLiteralToken)).ToList();
        SyntaxToken token = tokens[random.Next(tokens.Count)];
        int kind = random.Next(100);
        switch (kind)
        {
            case < 12:
                description = "truncate after " + Describe(token);
                return text.Substring(0, token.Span.End);
            case < 24:
                description = "delete " + Describe(token);
                return text.Remove(token.Span.Start, token.Span.Length);
            case < 34:
                description = "duplicate " + Describe(token);
                return text.Insert(token.Span.End, " " + token.Text);
            case < 48:
                string inserted = Unbalanced[random.Next(Unbalanced.Length)];
                int position = random.Next(2) == 0 ? token.Span.Start : token.Span.End;
                description = "insert '" + inserted + "' at " + position;
                return text.Insert(position, inserted);
            case < 72 when strings.Count > 0:
                return EditInsideString(text, strings[random.Next(strings.Count)], random, out description);
            case < 88 when literals.Count > 0:
                return SwapLiteral(text, literals[random.Next(literals.Count)], random, out description);
            case < 94 when strings.Count > 0:
                return AddJsonMember(text, strings, random, out description);
            case < 100:
                return ChangeLayout(text, token, random, out description);
            default:
                description = "delete " + Describe(token);
                return text.Remove(token.Span.Start, token.Span.Length);
        }
    }

    /// <summary>
    /// Changes what fixes must keep: CRLF or mixed line endings, tab indentation, a comment or a preprocessor line
    /// between two tokens.
    /// </summary>
    private static string ChangeLayout(string text, SyntaxToken token, Random random, out string description)
    {
        switch (random.Next(6))
        {
            case 0:
                description = "CRLF line endings";
                return text.Replace("\r\n", "\n").Replace("\n", "\r\n");
            case 1:
                description = "CRLF on every other line";
                var mixed = new StringBuilder(text.Length + 100);
                bool crlf = false;
                foreach (char c in text)
                {
                    if (c == '\n' && (crlf = !crlf) && (mixed.Length == 0 || mixed[mixed.Length - 1] != '\r'))
                    {
                        mixed.Append('\r');
                    }

                    mixed.Append(c);
                }

                return mixed.ToString();
            case 2:
                description = "tab indentation";
                return text.Replace("\n    ", "\n\t");
            case 3:
                description = "block comment after " + Describe(token);
                return text.Insert(token.Span.End, "/* note */");
            case 4:
                description = "line comment after " + Describe(token);
                return text.Insert(token.Span.End, " // note\n");
            default:
                string directive = new[] { "#nullable enable", "#pragma warning disable CS0168", "#region Requests", "#if DEBUG", "#endif", "#line 1 \"other.cs\"" }[random.Next(6)];
                description = "'" + directive + "' before " + Describe(token);
                return text.Insert(token.Span.Start, "\n" + directive + "\n");
        }
    }

    /// <summary>Deletes, inserts or replaces a few characters between the quotes, near a request key or digit half of the time.</summary>
    private static string EditInsideString(string text, SyntaxToken literal, Random random, out string description)
    {
        TextSpan content = Content(literal);
        if (content.IsEmpty)
        {
            description = "insert in empty " + Describe(literal);
            return text.Insert(content.Start, StringAlphabet[random.Next(StringAlphabet.Length)].ToString());
        }

        int at = content.Start + random.Next(content.Length);
        if (random.Next(2) == 0)
        {
            // Aim at the interesting part: a request key, or a digit of a value.
            string inside = text.Substring(content.Start, content.Length);
            var targets = new List<int>();
            foreach (string key in new[] { "model", "seconds", "size" })
            {
                for (int i = inside.IndexOf(key, StringComparison.Ordinal); i >= 0; i = inside.IndexOf(key, i + 1, StringComparison.Ordinal))
                {
                    targets.Add(i + random.Next(key.Length + 8));
                }
            }

            for (int i = 0; i < inside.Length; i++)
            {
                if (char.IsDigit(inside[i]))
                {
                    targets.Add(i);
                }
            }

            if (targets.Count > 0)
            {
                at = content.Start + Math.Min(targets[random.Next(targets.Count)], content.Length - 1);
            }
        }

        int length = Math.Min(1 + random.Next(3), content.End - at);
        char c = StringAlphabet[random.Next(StringAlphabet.Length)];
        switch (random.Next(3))
        {
            case 0:
                description = "delete " + length + " chars at " + at + " in " + Describe(literal);
                return text.Remove(at, length);
            case 1:
                description = "insert '" + Escape(c) + "' at " + at + " in " + Describe(literal);
                return text.Insert(at, c.ToString());
            default:
                description = "replace char at " + at + " by '" + Escape(c) + "' in " + Describe(literal);
                return text.Remove(at, 1).Insert(at, c.ToString());
        }
    }

    /// <summary>Writes another value in a literal, in the literal's own form: the variant still compiles, now with a wrong value.</summary>
    private static string SwapLiteral(string text, SyntaxToken literal, Random random, out string description)
    {
        if (literal.IsKind(SyntaxKind.NumericLiteralToken))
        {
            string number = NumericValues[random.Next(NumericValues.Length)];
            description = "numeric " + Describe(literal) + " -> " + number;
            return text.Remove(literal.Span.Start, literal.Span.Length).Insert(literal.Span.Start, number);
        }

        TextSpan content = Content(literal);
        string value = StringValues[random.Next(StringValues.Length)];
        if (IsRaw(literal) || literal.Text.StartsWith('@'))
        {
            value = value.Replace("\\\"", "\"").Replace("\"", IsRaw(literal) ? "\"" : "\"\"");
        }

        description = "string " + Describe(literal) + " -> \"" + value + "\"";
        return text.Remove(content.Start, content.Length).Insert(content.Start, value);
    }

    /// <summary>Writes a request member after an opening brace inside a string, in the string's quoting: new JSON requests, valid or not.</summary>
    private static string AddJsonMember(string text, List<SyntaxToken> strings, Random random, out string description)
    {
        var braces = new List<(SyntaxToken Literal, int Position)>();
        foreach (SyntaxToken literal in strings)
        {
            TextSpan content = Content(literal);
            for (int i = content.Start; i < content.End; i++)
            {
                if (text[i] == '{')
                {
                    braces.Add((literal, i + 1));
                }
            }
        }

        if (braces.Count == 0)
        {
            SyntaxToken target = strings[random.Next(strings.Count)];
            return EditInsideString(text, target, random, out description);
        }

        (SyntaxToken chosen, int position) = braces[random.Next(braces.Count)];
        string member = JsonMembers[random.Next(JsonMembers.Length)];
        string quote = IsRaw(chosen) ? "\"" : chosen.Text.StartsWith('@') || chosen.Text.StartsWith("$@", StringComparison.Ordinal) ? "\"\"" : "\\\"";
        member = member.Replace("\"", quote);
        description = "JSON member '" + member + "' at " + position + " in " + Describe(chosen);
        return text.Insert(position, member);
    }

    private static bool IsStringToken(SyntaxToken token)
        => token.IsKind(SyntaxKind.StringLiteralToken)
           || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
           || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
           || token.IsKind(SyntaxKind.InterpolatedStringTextToken);

    private static bool IsRaw(SyntaxToken token)
        => token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
           || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
           || (token.IsKind(SyntaxKind.InterpolatedStringTextToken) && token.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax
           {
               StringStartToken.RawKind: (int)SyntaxKind.InterpolatedSingleLineRawStringStartToken or (int)SyntaxKind.InterpolatedMultiLineRawStringStartToken,
           });

    /// <summary>The characters between the quotes (an interpolated string's text part is all content).</summary>
    private static TextSpan Content(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.InterpolatedStringTextToken))
        {
            return token.Span;
        }

        string text = token.Text;
        int open = 0;
        while (open < text.Length && (text[open] == '@' || text[open] == 'u' || text[open] == '8'))
        {
            open++;
        }

        int quotes = 0;
        while (open + quotes < text.Length && text[open + quotes] == '"')
        {
            quotes++;
        }

        // Only a raw string opens with more than one quote ("" is an empty regular string).
        quotes = IsRaw(token) ? quotes : Math.Min(quotes, 1);

        int close = 0;
        while (close < text.Length - open - quotes && text[text.Length - 1 - close] == '"' && close < quotes)
        {
            close++;
        }

        int start = token.Span.Start + open + quotes;
        int end = Math.Max(start, token.Span.End - close);
        return TextSpan.FromBounds(start, end);
    }

    private static string Describe(SyntaxToken token)
    {
        string text = token.Text.Length > 30 ? token.Text.Substring(0, 30) + "…" : token.Text;
        return token.Kind() + " '" + Escape(text) + "'@" + token.Span.Start;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");

    private static string Escape(char c) => Escape(c.ToString());
}
