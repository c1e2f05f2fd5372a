using System.Text.Json;

namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>A built-in rule table as the analyzer assembly embeds it: its file name and its JSON.</summary>
    public sealed record BuiltInTable(string FileName, JsonElement Json)
    {
        private const string ResourcePrefix = "Sora.Analyzers.Rules.Tables.";

        /// <summary>The table's name (its "name", else its file name), which docs/tables/&lt;name&gt;.md is named after.</summary>
        public string Name => Json.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : Path.GetFileNameWithoutExtension(FileName);

        /// <summary>Every embedded table (src/Sora.Analyzers/Rules/Tables/*.json), by name.</summary>
        public static IReadOnlyList<BuiltInTable> LoadAll()
        {
            var assembly = typeof(VideoRequestAnalyzer).Assembly;
            var tables = new List<BuiltInTable>();
            foreach (string resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal)))
            {
                using Stream stream = assembly.GetManifestResourceStream(resource)!;
                using JsonDocument document = JsonDocument.Parse(stream);
                tables.Add(new BuiltInTable(resource[ResourcePrefix.Length..], document.RootElement.Clone()));
            }

            return tables.OrderBy(table => table.Name, StringComparer.Ordinal).ToList();
        }

        public static BuiltInTable Parse(string fileName, string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return new BuiltInTable(fileName, document.RootElement.Clone());
        }
    }
}
