using System.Text;
using System.Text.Json;

namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>
    /// docs/tables/&lt;name&gt;.md: a built-in rule table as a reader wants it. Every field is shown: the ones the generator
    /// knows in their own words, any other one as its JSON under "Other fields", so a field added to the tables is never
    /// silently left out of the docs.
    /// </summary>
    public static class TablePage
    {
        private static readonly HashSet<string> TableFields = new(StringComparer.Ordinal)
        {
            "name", "description", "defaultModel", "secondsType", "parameters", "endpoints", "models",
        };

        private static readonly HashSet<string> ModelFields = new(StringComparer.Ordinal)
        {
            "name", "aliases", "seconds", "defaultSeconds", "sizes", "audio", "deprecated", "removed", "replacement",
        };

        public static string Render(BuiltInTable table)
        {
            JsonElement json = table.Json;
            var page = new StringBuilder();
            page.Append($"<!-- Generated from src/Sora.Analyzers/Rules/Tables/{table.FileName} by {Markers.Command}: edit the JSON, not this page. -->\n");
            page.Append($"# Rule table `{table.Name}`\n\n");
            if (Text(json, "description") is string description)
            {
                page.Append(description).Append("\n\n");
            }

            page.Append($"Choose it with `sora_analyzers.rule_table = {table.Name}` in `.editorconfig` ([configuration](../configuration.md)).\n\n");
            page.Append("| | |\n|---|---|\n");
            page.Append($"| default model (a request that names none) | {Code(Text(json, "defaultModel"))} |\n");
            page.Append($"| `seconds` sent as (`secondsType`) | {SecondsType(json)} |\n");
            page.Append($"| body fields the endpoint takes (`parameters`) | {CodeList(json, "parameters", "not stated: no unknown-field check (SORA006)")} |\n");
            page.Append($"| hosts that select the table (`endpoints`) | {CodeList(json, "endpoints", "none: chosen only by `.editorconfig` or as the default")} |\n");

            List<JsonElement> models = json.TryGetProperty("models", out JsonElement list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().ToList()
                : [];
            page.Append("\n## Models\n\n");
            page.Append("| model | aliases | seconds | default seconds | sizes | audio |\n|---|---|---|---|---|---|\n");
            foreach (JsonElement model in models)
            {
                page.Append($"| {Code(Text(model, "name"))} | {CodeList(model, "aliases", "—")} | {Seconds(model)} | {Scalar(model, "defaultSeconds")} | {CodeList(model, "sizes", "—")} | {Audio(model)} |\n");
            }

            page.Append("\n## Lifecycle\n\n");
            List<JsonElement> withLifecycle = models.Where(model => model.TryGetProperty("deprecated", out _) || model.TryGetProperty("removed", out _) || model.TryGetProperty("replacement", out _)).ToList();
            if (withLifecycle.Count == 0)
            {
                page.Append("No model of this table is deprecated or removed.\n");
            }

            foreach (JsonElement model in withLifecycle)
            {
                var facts = new List<string>();
                if (Text(model, "removed") is string removed)
                {
                    facts.Add($"removed on {removed} (SORA007)");
                }

                facts.Add(Text(model, "replacement") is string replacement ? $"replacement {Code(replacement)}" : "no replacement");
                if (Text(model, "deprecated") is string deprecated)
                {
                    string shown = model.TryGetProperty("removed", out _) ? "the deprecation note, history once removed" : "deprecated (SORA004)";
                    facts.Add($"{shown}: \"{deprecated}\"");
                }

                page.Append($"- {Code(Text(model, "name"))}: {string.Join("; ", facts)}.\n");
            }

            AppendOtherFields(page, json, models);
            return page.ToString();
        }

        /// <summary>docs/tables/README.md: one row per table.</summary>
        public static string Index(IReadOnlyList<BuiltInTable> tables)
        {
            var page = new StringBuilder();
            page.Append($"<!-- Generated from src/Sora.Analyzers/Rules/Tables/*.json by {Markers.Command}: edit the JSON, not this page. -->\n");
            page.Append("# Built-in rule tables\n\n");
            page.Append("The values each endpoint accepts, as the analyzers check them. Choose a table with `sora_analyzers.rule_table` in\n");
            page.Append("`.editorconfig`, extend it with a `sora-rules.json` ([configuration](../configuration.md)).\n\n");
            page.Append("| table | models | `seconds` sent as | hosts |\n|---|---|---|---|\n");
            foreach (BuiltInTable table in tables)
            {
                string models = table.Json.TryGetProperty("models", out JsonElement list) && list.ValueKind == JsonValueKind.Array
                    ? string.Join(", ", list.EnumerateArray().Select(model => Code(Text(model, "name"))))
                    : "—";
                page.Append($"| [`{table.Name}`]({table.Name}.md) | {models} | {SecondsType(table.Json)} | {CodeList(table.Json, "endpoints", "—")} |\n");
            }

            return page.ToString();
        }

        /// <summary>A list of whole seconds, or a range <c>{ "min": 4, "max": 15 }</c> (every whole number between).</summary>
        public static string Seconds(JsonElement model)
        {
            if (!model.TryGetProperty("seconds", out JsonElement seconds))
            {
                return "—";
            }

            return seconds.ValueKind switch
            {
                JsonValueKind.Array => string.Join(", ", seconds.EnumerateArray().Select(value => value.GetRawText())),
                JsonValueKind.Object when seconds.TryGetProperty("min", out JsonElement min) && seconds.TryGetProperty("max", out JsonElement max)
                    => $"{min.GetRawText()} to {max.GetRawText()} (every whole second)",
                _ => Code(seconds.GetRawText()),
            };
        }

        private static string SecondsType(JsonElement table) => Text(table, "secondsType") switch
        {
            "string" => "a string only (`\"8\"`; a number is SORA005)",
            "integer" => "a number only (`8`; a string is SORA005)",
            "any" or null => "a number or a string",
            string other => Code(other),
        };

        private static string Audio(JsonElement model) => model.TryGetProperty("audio", out JsonElement audio)
            ? audio.ValueKind switch { JsonValueKind.True => "yes", JsonValueKind.False => "no", _ => Code(audio.GetRawText()) }
            : "not stated";

        private static void AppendOtherFields(StringBuilder page, JsonElement json, List<JsonElement> models)
        {
            var other = new List<string>();
            other.AddRange(json.EnumerateObject().Where(property => !TableFields.Contains(property.Name)).Select(property => $"- `{property.Name}`: `{property.Value.GetRawText()}`"));
            foreach (JsonElement model in models)
            {
                other.AddRange(model.EnumerateObject().Where(property => !ModelFields.Contains(property.Name))
                    .Select(property => $"- {Code(Text(model, "name"))}, `{property.Name}`: `{property.Value.GetRawText()}`"));
            }

            if (other.Count > 0)
            {
                page.Append("\n## Other fields\n\n").Append(string.Join("\n", other)).Append('\n');
            }
        }

        private static string? Text(JsonElement element, string property)
            => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string Scalar(JsonElement element, string property)
            => element.TryGetProperty(property, out JsonElement value) ? value.GetRawText().Trim('"') : "—";

        /// <summary>A list of strings as code, comma-separated; a single string too; <paramref name="absent"/> when missing.</summary>
        private static string CodeList(JsonElement element, string property, string absent)
        {
            if (!element.TryGetProperty(property, out JsonElement value))
            {
                return absent;
            }

            return value.ValueKind switch
            {
                JsonValueKind.Array => value.GetArrayLength() == 0 ? "none" : string.Join(", ", value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? Code(item.GetString()) : Code(item.GetRawText()))),
                JsonValueKind.String => Code(value.GetString()),
                _ => Code(value.GetRawText()),
            };
        }

        private static string Code(string? text) => text == null ? "—" : "`" + text.Replace("|", "\\|", StringComparison.Ordinal) + "`";
    }
}
