namespace Sora.Analyzers.Json
{
    /// <summary>Either a parsed root value or the first syntax error with its offset.</summary>
    internal sealed class JsonParseResult
    {
        private JsonParseResult(JsonNode? root, string? error, int errorOffset)
        {
            Root = root;
            Error = error;
            ErrorOffset = errorOffset;
        }

        public JsonNode? Root { get; }

        public string? Error { get; }

        public int ErrorOffset { get; }

        public static JsonParseResult Success(JsonNode root) => new JsonParseResult(root, null, 0);

        public static JsonParseResult Failure(string error, int offset) => new JsonParseResult(null, error, offset);
    }
}
