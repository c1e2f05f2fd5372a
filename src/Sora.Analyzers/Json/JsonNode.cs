using System.Collections.Immutable;

namespace Sora.Analyzers.Json
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>A JSON value with its position in the source text, so problems and fixes can point into the text.</summary>
    internal abstract class JsonNode
    {
        protected JsonNode(JsonKind kind, int start, int end)
        {
            Kind = kind;
            Start = start;
            End = end;
        }

        public JsonKind Kind { get; }

        /// <summary>Offset of the first character of the value in the parsed text.</summary>
        public int Start { get; }

        /// <summary>Offset just past the last character of the value (a string's closing quote included).</summary>
        public int End { get; }
    }

    internal sealed class JsonObject : JsonNode
    {
        public JsonObject(int start, int end, ImmutableArray<JsonProperty> properties)
            : base(JsonKind.Object, start, end)
        {
            Properties = properties;
        }

        public ImmutableArray<JsonProperty> Properties { get; }
    }

    internal sealed class JsonProperty
    {
        public JsonProperty(JsonString name, JsonNode value)
        {
            Name = name;
            Value = value;
        }

        public JsonString Name { get; }

        public JsonNode Value { get; }
    }

    internal sealed class JsonArray : JsonNode
    {
        public JsonArray(int start, int end, ImmutableArray<JsonNode> items)
            : base(JsonKind.Array, start, end)
        {
            Items = items;
        }

        public ImmutableArray<JsonNode> Items { get; }
    }

    internal sealed class JsonString : JsonNode
    {
        public JsonString(int start, int end, string value, bool hasEscapes)
            : base(JsonKind.String, start, end)
        {
            Value = value;
            HasEscapes = hasEscapes;
        }

        /// <summary>The decoded value.</summary>
        public string Value { get; }

        /// <summary>True when the text between the quotes differs from <see cref="Value"/> (it contains escape sequences).</summary>
        public bool HasEscapes { get; }
    }

    /// <summary>A number, a literal (true, false, null): the raw text is kept so a reader decides how strict to be.</summary>
    internal sealed class JsonScalar : JsonNode
    {
        public JsonScalar(JsonKind kind, int start, int end, string text)
            : base(kind, start, end)
        {
            Text = text;
        }

        public string Text { get; }
    }
}
