using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Json;

namespace Sora.Analyzers.CodeFixes.Fixes.Insertion
{
    /// <summary>
    /// Adds <c>"model": "…"</c> as the first member of a JSON object written in a string literal, in the literal's
    /// escaping (<c>\"</c>, <c>""</c> or plain quotes) and the JSON's own layout: the first member's colon spacing, and
    /// the separator the object puts between members (a line break and indentation, a space, or nothing).
    /// </summary>
    internal static class JsonMemberInserter
    {
        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <param name="literal">The string expression's operation (a literal, or a constant interpolated string).</param>
        /// <param name="objectSpan">The source span of the object's characters, as the analyzer located it.</param>
        public static TextChange? Insert(IOperation literal, TextSpan objectSpan, string name, string value, SourceText source)
        {
            if (!(literal.ConstantValue.HasValue && literal.ConstantValue.Value is string text)
                || !(StringLiteralMap.Create(literal, text) is StringLiteralMap map)
                || !(JsonReader.Parse(text).Root is JsonNode root)
                || !(FindObject(root, map, objectSpan) is JsonObject obj)
                || obj.Properties.IsEmpty
                || !map.IsOutsideHoles(obj.Start, obj.Properties[0].Value.Start + 1))
            {
                return null;
            }

            JsonProperty first = obj.Properties[0];
            string colon = map.Text.IndexOfAny(LineBreaks, first.Name.End, first.Value.Start - first.Name.End) < 0
                ? source.ToString(map.Between(first.Name.End - 1, first.Value.Start))
                : ": ";
            string quote = map.Encode("\"");
            string member = quote + name + quote + colon + quote + map.Encode(value) + quote + "," + MemberSeparator(obj, map, source, colon);
            return new TextChange(new TextSpan(map.Span(first.Name.Start, first.Name.Start).Start, 0), member);
        }

        private static JsonObject? FindObject(JsonNode node, StringLiteralMap map, TextSpan span)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (map.Span(obj.Start, obj.End) == span)
                    {
                        return obj;
                    }

                    foreach (JsonProperty property in obj.Properties)
                    {
                        if (FindObject(property.Value, map, span) is JsonObject found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonArray array:
                    foreach (JsonNode item in array.Items)
                    {
                        if (FindObject(item, map, span) is JsonObject found)
                        {
                            return found;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// The source text the object writes between two members (after the comma), or before its first member when
        /// that starts a new line; else a space when the colon has one (<c>"a": 1, "b": 2</c>), nothing when it has none.
        /// </summary>
        private static string MemberSeparator(JsonObject obj, StringLiteralMap map, SourceText source, string colon)
        {
            if (obj.Properties.Length > 1)
            {
                int comma = map.Text.IndexOf(',', obj.Properties[0].Value.End);
                int next = obj.Properties[1].Name.Start;
                if (comma >= 0 && comma < next && map.IsOutsideHoles(comma, next + 1))
                {
                    return source.ToString(map.Between(comma, next));
                }
            }

            int firstName = obj.Properties[0].Name.Start;
            if (map.Text.IndexOfAny(LineBreaks, obj.Start + 1, firstName - obj.Start - 1) >= 0)
            {
                return source.ToString(map.Between(obj.Start, firstName));
            }

            return colon.Length > 1 ? " " : string.Empty;
        }
    }
}
