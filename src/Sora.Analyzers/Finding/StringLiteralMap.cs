using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.Finding
{
    /// <summary>How a string literal writes its characters, which decides how text inserted into it is written.</summary>
    internal enum StringLiteralStyle
    {
        /// <summary><c>"…"</c> and <c>$"…"</c>: backslash escapes, <c>\"</c> for a quote.</summary>
        Regular,

        /// <summary><c>@"…"</c> and <c>$@"…"</c>: <c>""</c> for a quote.</summary>
        Verbatim,

        /// <summary><c>"""…"""</c> and <c>$"""…"""</c>: characters as they are, indentation removed.</summary>
        Raw,
    }

    /// <summary>
    /// The value of a constant string expression (a string literal, or an interpolated string whose value is constant)
    /// with, for each character of the value, the source characters that write it: a position found in the value
    /// (a JSON value, an object's brace) maps back to the exact characters in the file, through C# escapes
    /// (<c>\"</c>, <c>\u0041</c>, <c>\x41</c>, <c>\U0001F600</c>), verbatim <c>""</c>, interpolated <c>{{</c>, raw-string
    /// indentation and interpolation holes. Built only for strings that passed a cheap text check; every character
    /// decoded here is checked against the compiler's value, so a string the map cannot explain gives no map.
    /// </summary>
    internal sealed class StringLiteralMap
    {
        private enum Origin : byte
        {
            /// <summary>Written as itself: one source character, the same one.</summary>
            Plain,

            /// <summary>Written as an escape sequence (<c>\n</c>, <c>""</c>, <c>{{</c>).</summary>
            Escape,

            /// <summary>Part of an interpolation hole's value: its source is the hole's expression.</summary>
            Hole,
        }

        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly Origin[] _origins;
        private readonly int _contentEnd;

        private StringLiteralMap(string text, StringLiteralStyle style, SyntaxTree tree, int[] starts, int[] ends, Origin[] origins, int contentEnd)
        {
            Text = text;
            Style = style;
            Tree = tree;
            _starts = starts;
            _ends = ends;
            _origins = origins;
            _contentEnd = contentEnd;
        }

        /// <summary>The string's value, as the compiler computed it.</summary>
        public string Text { get; }

        public StringLiteralStyle Style { get; }

        public SyntaxTree Tree { get; }

        /// <summary>
        /// Maps <paramref name="operation"/> (an <see cref="ILiteralOperation"/> of a string literal, or a constant
        /// <see cref="IInterpolatedStringOperation"/>) with value <paramref name="value"/>; null when it is neither, or
        /// when its source does not decode to the value (a form this map does not know: then no position is claimed).
        /// </summary>
        public static StringLiteralMap? Create(IOperation operation, string value)
        {
            var builder = new Builder(value);
            StringLiteralStyle style;
            int contentEnd;
            switch (operation.Syntax)
            {
                case LiteralExpressionSyntax literal:
                    SyntaxToken token = literal.Token;
                    string text = token.Text;
                    if (!TryGetStyle(token, out style))
                    {
                        return null;
                    }

                    int open = style == StringLiteralStyle.Raw ? LeadingQuotes(text) : style == StringLiteralStyle.Verbatim ? 2 : 1;
                    int close = style == StringLiteralStyle.Raw ? open : 1;
                    if (text.Length < open + close || !builder.AddContent(text, open, text.Length - close, token.SpanStart + open, style, interpolated: false, value.Length))
                    {
                        return null;
                    }

                    contentEnd = token.Span.End - close;
                    break;
                case InterpolatedStringExpressionSyntax interpolated when operation is IInterpolatedStringOperation interpolation:
                    if (!TryGetStyle(interpolated.StringStartToken, out style) || !AddParts(builder, interpolation, style))
                    {
                        return null;
                    }

                    contentEnd = interpolated.StringEndToken.SpanStart;
                    break;
                default:
                    return null;
            }

            return builder.IsComplete
                ? new StringLiteralMap(value, style, operation.Syntax.SyntaxTree, builder.Starts, builder.Ends, builder.Origins, contentEnd)
                : null;
        }

        /// <summary>The source span of the value's characters [<paramref name="start"/>, <paramref name="end"/>); for an empty range, the empty span where a character would go.</summary>
        public TextSpan Span(int start, int end)
            => start < end
                ? TextSpan.FromBounds(_starts[start], _ends[end - 1])
                : new TextSpan(start < _starts.Length ? _starts[start] : _contentEnd, 0);

        /// <summary>
        /// The source span strictly between the characters <paramref name="before"/> and <paramref name="after"/>: all
        /// that the source writes there, including what the value leaves out (a raw string's indentation).
        /// </summary>
        public TextSpan Between(int before, int after) => TextSpan.FromBounds(_ends[before], _starts[after]);

        public Location Location(int start, int end) => Microsoft.CodeAnalysis.Location.Create(Tree, Span(start, end));

        /// <summary>
        /// True when the characters [<paramref name="start"/>, <paramref name="end"/>) are written as themselves, one
        /// after the other: replacing their source span with new text changes exactly those characters of the value.
        /// </summary>
        public bool IsWrittenAsIs(int start, int end)
        {
            if (start == end)
            {
                return start >= _origins.Length || _origins[start] != Origin.Hole;
            }

            for (int i = start; i < end; i++)
            {
                if (_origins[i] != Origin.Plain || (i > start && _starts[i] != _ends[i - 1]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when none of the characters [<paramref name="start"/>, <paramref name="end"/>) comes from an interpolation hole.</summary>
        public bool IsOutsideHoles(int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (_origins[i] == Origin.Hole)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Writes <paramref name="text"/> (no braces, no line breaks) the way this literal writes characters.</summary>
        public string Encode(string text)
        {
            switch (Style)
            {
                case StringLiteralStyle.Regular:
                    return text.Replace("\\", "\\\\").Replace("\"", "\\\"");
                case StringLiteralStyle.Verbatim:
                    return text.Replace("\"", "\"\"");
                default:
                    return text;
            }
        }

        private static bool AddParts(Builder builder, IInterpolatedStringOperation interpolation, StringLiteralStyle style)
        {
            foreach (IInterpolatedStringContentOperation part in interpolation.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation textPart
                        when textPart.Syntax is InterpolatedStringTextSyntax textSyntax && textPart.Text.ConstantValue.Value is string partValue:
                        SyntaxToken token = textSyntax.TextToken;
                        if (!builder.AddContent(token.Text, 0, token.Text.Length, token.SpanStart, style, interpolated: true, partValue.Length))
                        {
                            return false;
                        }

                        break;
                    case IInterpolationOperation hole
                        when hole.Alignment == null && hole.FormatString == null && hole.Expression.ConstantValue.Value is string holeValue:
                        if (!builder.AddHole(holeValue, hole.Expression.Syntax.Span))
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        private static bool TryGetStyle(SyntaxToken token, out StringLiteralStyle style)
        {
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    style = token.Text.StartsWith("@", System.StringComparison.Ordinal) ? StringLiteralStyle.Verbatim : StringLiteralStyle.Regular;
                    return true;
                case SyntaxKind.InterpolatedStringStartToken:
                    style = StringLiteralStyle.Regular;
                    return true;
                case SyntaxKind.InterpolatedVerbatimStringStartToken:
                    style = StringLiteralStyle.Verbatim;
                    return true;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    style = StringLiteralStyle.Raw;
                    return true;
                default:
                    // UTF-8 literals (u8) are bytes, not text.
                    style = default;
                    return false;
            }
        }

        private static int LeadingQuotes(string text)
        {
            int count = 0;
            while (count < text.Length && text[count] == '"')
            {
                count++;
            }

            return count;
        }

        /// <summary>Decodes source text character by character, checking each against the compiler's value.</summary>
        private sealed class Builder
        {
            private readonly string _value;
            private int _count;

            public Builder(string value)
            {
                _value = value;
                Starts = new int[value.Length];
                Ends = new int[value.Length];
                Origins = new Origin[value.Length];
            }

            public int[] Starts { get; }

            public int[] Ends { get; }

            public Origin[] Origins { get; }

            public bool IsComplete => _count == _value.Length;

            /// <summary>
            /// Adds the characters written by <paramref name="source"/>[<paramref name="from"/>..<paramref name="to"/>),
            /// whose first character is at <paramref name="position"/> in the file; they must decode to the next
            /// <paramref name="length"/> characters of the value.
            /// </summary>
            public bool AddContent(string source, int from, int to, int position, StringLiteralStyle style, bool interpolated, int length)
            {
                int end = _count + length;
                if (end > _value.Length)
                {
                    return false;
                }

                bool added = style switch
                {
                    StringLiteralStyle.Regular => AddRegular(source, from, to, position - from, interpolated),
                    StringLiteralStyle.Verbatim => AddVerbatim(source, from, to, position - from, interpolated),
                    _ => AddRaw(source, from, to, position - from, end),
                };
                return added && _count == end;
            }

            public bool AddHole(string value, TextSpan expression)
            {
                foreach (char c in value)
                {
                    if (!Add(c, expression.Start, expression.End, Origin.Hole))
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool AddRegular(string source, int from, int to, int offset, bool interpolated)
            {
                int i = from;
                while (i < to)
                {
                    char c = source[i];
                    if (c == '\\')
                    {
                        if (!TryDecodeEscape(source, i, to, out int length, out char first, out char second))
                        {
                            return false;
                        }

                        if (!Add(first, offset + i, offset + i + length, Origin.Escape)
                            || (second != '\0' && !Add(second, offset + i, offset + i + length, Origin.Escape)))
                        {
                            return false;
                        }

                        i += length;
                    }
                    else if (!AddCharacter(source, ref i, to, offset, interpolated, quoteEscape: false))
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool AddVerbatim(string source, int from, int to, int offset, bool interpolated)
            {
                int i = from;
                while (i < to)
                {
                    if (!AddCharacter(source, ref i, to, offset, interpolated, quoteEscape: true))
                    {
                        return false;
                    }
                }

                return true;
            }

            // One character, or a doubled one that stands for itself: "" in verbatim strings, {{ and }} in interpolated ones.
            private bool AddCharacter(string source, ref int i, int to, int offset, bool interpolated, bool quoteEscape)
            {
                char c = source[i];
                bool doubled = i + 1 < to && source[i + 1] == c
                    && ((quoteEscape && c == '"') || (interpolated && (c == '{' || c == '}')));
                int length = doubled ? 2 : 1;
                bool added = Add(c, offset + i, offset + i + length, doubled ? Origin.Escape : Origin.Plain);
                i += length;
                return added;
            }

            // Raw strings have no escapes: the value is the source minus the indentation of each line and the line breaks
            // after the opening and before the closing quotes, all white space. Matching each value character to the
            // first equal source character, and skipping only white space, maps every non-white-space character to its own
            // source character, and so every character of a line from there on (a line keeps all characters after its
            // indentation); white space at the start of a line may map to the indentation instead, which no JSON value
            // or brace can be.
            private bool AddRaw(string source, int from, int to, int offset, int end)
            {
                for (int i = from; i < to; i++)
                {
                    char c = source[i];
                    if (_count < end && _value[_count] == c)
                    {
                        Add(c, offset + i, offset + i + 1, Origin.Plain);
                    }
                    else if (!char.IsWhiteSpace(c))
                    {
                        return false;
                    }
                }

                return true;
            }

            private bool Add(char c, int start, int end, Origin origin)
            {
                if (_count >= _value.Length || _value[_count] != c)
                {
                    return false;
                }

                Starts[_count] = start;
                Ends[_count] = end;
                Origins[_count] = origin;
                _count++;
                return true;
            }

            /// <summary>A C# escape sequence at <paramref name="i"/>: its length and the one or two characters it writes (<paramref name="second"/> is '\0' for one).</summary>
            private static bool TryDecodeEscape(string source, int i, int to, out int length, out char first, out char second)
            {
                length = 2;
                second = '\0';
                first = '\0';
                if (i + 1 >= to)
                {
                    return false;
                }

                switch (source[i + 1])
                {
                    case '\'': first = '\''; return true;
                    case '"': first = '"'; return true;
                    case '\\': first = '\\'; return true;
                    case '0': first = '\0'; return true;
                    case 'a': first = '\a'; return true;
                    case 'b': first = '\b'; return true;
                    case 'e': first = '\u001b'; return true;
                    case 'f': first = '\f'; return true;
                    case 'n': first = '\n'; return true;
                    case 'r': first = '\r'; return true;
                    case 't': first = '\t'; return true;
                    case 'v': first = '\v'; return true;
                    case 'u':
                        length = 6;
                        if (!TryReadHex(source, i + 2, to, 4, 4, out int code, out _))
                        {
                            return false;
                        }

                        first = (char)code;
                        return true;
                    case 'x':
                        if (!TryReadHex(source, i + 2, to, 1, 4, out code, out int digits))
                        {
                            return false;
                        }

                        length = 2 + digits;
                        first = (char)code;
                        return true;
                    case 'U':
                        length = 10;
                        if (!TryReadHex(source, i + 2, to, 8, 8, out code, out _) || code > 0x10FFFF)
                        {
                            return false;
                        }

                        if (code < 0x10000)
                        {
                            first = (char)code;
                            return true;
                        }

                        code -= 0x10000;
                        first = (char)(0xD800 + (code >> 10));
                        second = (char)(0xDC00 + (code & 0x3FF));
                        return true;
                    default:
                        return false;
                }
            }

            private static bool TryReadHex(string source, int start, int to, int minDigits, int maxDigits, out int value, out int digits)
            {
                value = 0;
                digits = 0;
                while (digits < maxDigits && start + digits < to)
                {
                    int digit = HexValue(source[start + digits]);
                    if (digit < 0)
                    {
                        break;
                    }

                    value = (value << 4) | digit;
                    digits++;
                }

                return digits >= minDigits;
            }

            private static int HexValue(char c)
                => c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10
                    : -1;
        }
    }
}
