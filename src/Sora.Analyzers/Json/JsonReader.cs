using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Sora.Analyzers.Json
{
    /// <summary>
    /// A small strict JSON (RFC 8259) reader that keeps the position of every value.
    /// The analyzer may not depend on a JSON package at run time, and it needs positions that
    /// System.Text.Json does not give: squiggles inside sora-rules.json and inside C# string literals.
    /// Never throws on bad input: the first error and its offset come back in the result.
    /// </summary>
    internal sealed class JsonReader
    {
        // Deeper documents are not rule tables or request payloads; the limit keeps recursion bounded.
        private const int MaxDepth = 128;

        private readonly string _text;
        private int _position;
        private string? _error;
        private int _errorOffset;

        private JsonReader(string text)
        {
            _text = text;
        }

        public static JsonParseResult Parse(string text)
        {
            var reader = new JsonReader(text);
            reader.SkipWhitespace();
            JsonNode? root = reader.ReadValue(0);
            if (root != null)
            {
                reader.SkipWhitespace();
                if (reader._position < text.Length)
                {
                    reader.Fail("unexpected text after the end of the JSON value", reader._position);
                    root = null;
                }
            }

            return root != null ? JsonParseResult.Success(root) : JsonParseResult.Failure(reader._error ?? "empty document", reader._errorOffset);
        }

        private JsonNode? ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                return Fail("the JSON is nested too deeply", _position);
            }

            if (_position >= _text.Length)
            {
                return Fail("unexpected end of the JSON text", _position);
            }

            char c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return ReadString();
                case 't':
                    return ReadKeyword("true", JsonKind.True);
                case 'f':
                    return ReadKeyword("false", JsonKind.False);
                case 'n':
                    return ReadKeyword("null", JsonKind.Null);
                default:
                    if (c == '-' || IsDigit(c))
                    {
                        return ReadNumber();
                    }

                    return Fail(string.Format(CultureInfo.InvariantCulture, "unexpected character '{0}'", c), _position);
            }
        }

        private JsonNode? ReadObject(int depth)
        {
            int start = _position++;
            var properties = ImmutableArray.CreateBuilder<JsonProperty>();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return new JsonObject(start, _position, properties.ToImmutable());
            }

            while (true)
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    return Fail("expected a property name in double quotes", _position);
                }

                if (!(ReadString() is JsonString name))
                {
                    return null;
                }

                SkipWhitespace();
                if (!TryConsume(':'))
                {
                    return Fail("expected ':' after the property name", _position);
                }

                SkipWhitespace();
                JsonNode? value = ReadValue(depth + 1);
                if (value == null)
                {
                    return null;
                }

                properties.Add(new JsonProperty(name, value));
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    return new JsonObject(start, _position, properties.ToImmutable());
                }

                if (!TryConsume(','))
                {
                    return Fail("expected ',' or '}' in the object", _position);
                }
            }
        }

        private JsonNode? ReadArray(int depth)
        {
            int start = _position++;
            var items = ImmutableArray.CreateBuilder<JsonNode>();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return new JsonArray(start, _position, items.ToImmutable());
            }

            while (true)
            {
                SkipWhitespace();
                JsonNode? item = ReadValue(depth + 1);
                if (item == null)
                {
                    return null;
                }

                items.Add(item);
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    return new JsonArray(start, _position, items.ToImmutable());
                }

                if (!TryConsume(','))
                {
                    return Fail("expected ',' or ']' in the array", _position);
                }
            }
        }

        private JsonNode? ReadString()
        {
            int start = _position++;
            StringBuilder? decoded = null;
            int runStart = _position;
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"')
                {
                    string value = decoded == null
                        ? _text.Substring(runStart, _position - runStart)
                        : decoded.Append(_text, runStart, _position - runStart).ToString();
                    _position++;
                    return new JsonString(start, _position, value, decoded != null);
                }

                if (c < ' ')
                {
                    return Fail("control character in a string (escape it)", _position);
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                decoded ??= new StringBuilder();
                decoded.Append(_text, runStart, _position - runStart);
                int escapeStart = _position;
                _position++;
                if (_position >= _text.Length)
                {
                    break;
                }

                char escape = _text[_position++];
                switch (escape)
                {
                    case '"': decoded.Append('"'); break;
                    case '\\': decoded.Append('\\'); break;
                    case '/': decoded.Append('/'); break;
                    case 'b': decoded.Append('\b'); break;
                    case 'f': decoded.Append('\f'); break;
                    case 'n': decoded.Append('\n'); break;
                    case 'r': decoded.Append('\r'); break;
                    case 't': decoded.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length
                            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            return Fail("invalid \\u escape", escapeStart);
                        }

                        decoded.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        return Fail("invalid escape sequence", escapeStart);
                }

                runStart = _position;
            }

            return Fail("unterminated string", start);
        }

        private JsonNode? ReadNumber()
        {
            int start = _position;
            TryConsume('-');
            if (_position >= _text.Length || !IsDigit(_text[_position]))
            {
                return Fail("invalid number", start);
            }

            if (TryConsume('0'))
            {
                // RFC 8259: "08" is no number. Said here, rather than as text after a 0, so SORA900 names the real problem.
                if (_position < _text.Length && IsDigit(_text[_position]))
                {
                    return Fail("invalid number (leading zeros are not allowed)", start);
                }
            }
            else
            {
                SkipDigits();
            }

            if (TryConsume('.'))
            {
                if (_position >= _text.Length || !IsDigit(_text[_position]))
                {
                    return Fail("invalid number", start);
                }

                SkipDigits();
            }

            if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
            {
                _position++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                if (_position >= _text.Length || !IsDigit(_text[_position]))
                {
                    return Fail("invalid number", start);
                }

                SkipDigits();
            }

            return new JsonScalar(JsonKind.Number, start, _position, _text.Substring(start, _position - start));
        }

        private JsonNode? ReadKeyword(string keyword, JsonKind kind)
        {
            int start = _position;
            if (string.CompareOrdinal(_text, start, keyword, 0, keyword.Length) != 0)
            {
                return Fail("unexpected text (a JSON value must be an object, array, string, number, true, false or null)", start);
            }

            _position += keyword.Length;
            return new JsonScalar(kind, start, _position, keyword);
        }

        private void SkipDigits()
        {
            while (_position < _text.Length && IsDigit(_text[_position]))
            {
                _position++;
            }
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        private bool TryConsume(char c)
        {
            if (_position < _text.Length && _text[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private JsonNode? Fail(string message, int offset)
        {
            if (_error == null)
            {
                _error = message;
                _errorOffset = offset;
            }

            return null;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
