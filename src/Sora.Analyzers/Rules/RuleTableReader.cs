using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Json;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// Reads a rule table from JSON: the built-in tables and a user's sora-rules.json share this format.
    /// Every problem is collected with its position; a file with problems yields no table, and the
    /// caller goes on with the table it would have extended.
    /// </summary>
    internal static class RuleTableReader
    {
        /// <summary>Reads <paramref name="text"/>. <paramref name="resolveBase"/> maps an <c>extends</c> name to a table (null: unknown).</summary>
        public static RuleTableReadResult Read(string text, RuleTable? defaultBase, Func<string, RuleTable?> resolveBase)
        {
            JsonParseResult parsed = JsonReader.Parse(text);
            if (parsed.Root == null)
            {
                // An error at the end of the text (a truncated file) gets an empty span there: SORA900 maps the span to lines.
                return RuleTableReadResult.Failed(new RuleFileProblem("invalid JSON: " + parsed.Error, parsed.ErrorOffset, Math.Min(1, text.Length - parsed.ErrorOffset)));
            }

            var problems = ImmutableArray.CreateBuilder<RuleFileProblem>();
            if (!(parsed.Root is JsonObject root))
            {
                problems.Add(Problem("the file must contain a JSON object", parsed.Root));
                return RuleTableReadResult.Failed(problems.ToImmutable());
            }

            string? name = null;
            string? defaultModel = null;
            RuleTable? baseTable = defaultBase;
            JsonArray? models = null;
            JsonString? defaultModelNode = null;
            ImmutableArray<string>? parameters = null;
            SecondsType? secondsType = null;
            ImmutableArray<string> endpoints = ImmutableArray<string>.Empty;
            foreach (JsonProperty property in root.Properties)
            {
                switch (property.Name.Value)
                {
                    case "$schema":
                    case "description":
                        RequireString(property, problems);
                        break;
                    case "name":
                        name = RequireString(property, problems)?.Value;
                        break;
                    case "defaultModel":
                        defaultModelNode = RequireString(property, problems);
                        defaultModel = defaultModelNode?.Value;
                        break;
                    case "extends":
                        if (RequireString(property, problems) is JsonString extends)
                        {
                            baseTable = resolveBase(extends.Value);
                            if (baseTable == null)
                            {
                                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'extends' names no built-in table: '{0}' (use {1})", extends.Value, ValueList.Format(BuiltInRuleTables.Names)), extends));
                                baseTable = defaultBase;
                            }
                        }

                        break;
                    case "models":
                        models = property.Value as JsonArray;
                        if (models == null)
                        {
                            problems.Add(Problem("'models' must be an array", property.Value));
                        }

                        break;
                    case "parameters":
                        parameters = ReadParameters(property, problems);
                        break;
                    case "secondsType":
                        secondsType = ReadSecondsType(property.Value, problems);
                        break;
                    case "endpoints":
                        endpoints = ReadEndpoints(property, problems);
                        break;
                    default:
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "unknown property '{0}'", property.Name.Value), property.Name));
                        break;
                }
            }

            var merged = new List<VideoModel>(baseTable != null ? baseTable.Models : ImmutableArray<VideoModel>.Empty);
            var replacementNodes = new Dictionary<string, JsonString>(StringComparer.Ordinal);
            if (models != null)
            {
                var namesInFile = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonNode item in models.Items)
                {
                    VideoModel? model = ReadModel(item, namesInFile, problems, replacementNodes);
                    if (model != null)
                    {
                        int existing = merged.FindIndex(m => m.Name == model.Name);
                        if (existing >= 0)
                        {
                            merged[existing] = model;
                        }
                        else
                        {
                            merged.Add(model);
                        }
                    }
                }
            }

            if (merged.Count == 0 && problems.Count == 0)
            {
                problems.Add(Problem("the table defines no models ('models' is missing or empty)", root));
            }

            defaultModel ??= baseTable?.DefaultModel ?? (merged.Count > 0 ? merged[0].Name : null);
            if (problems.Count == 0 && defaultModel != null && merged.TrueForAll(m => m.Name != defaultModel))
            {
                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'defaultModel' names no model of the table: '{0}'", defaultModel), (JsonNode?)defaultModelNode ?? root));
            }

            CheckAliasesAreUnique(merged, problems, models);

            // Like 'defaultModel', a replacement is checked against the merged table only when every entry was read:
            // an entry with a problem is left out, and a replacement naming it would be reported for nothing.
            if (problems.Count == 0)
            {
                CheckReplacements(merged, replacementNodes, problems, (JsonNode?)models ?? root);
            }

            if (problems.Count > 0)
            {
                return RuleTableReadResult.Failed(problems.ToImmutable());
            }

            return RuleTableReadResult.Succeeded(new RuleTable(
                name ?? baseTable?.Name ?? "custom",
                defaultModel!,
                merged.ToImmutableArray(),
                parameters ?? baseTable?.Parameters ?? ImmutableArray<string>.Empty,
                secondsType ?? baseTable?.SecondsType ?? SecondsType.Any,
                MergeEndpoints(baseTable, endpoints),
                baseTable?.BaseName));
        }

        /// <summary>A file's hosts add to its base table's: they are more endpoints serving the same rules (docs/configuration.md).</summary>
        private static ImmutableArray<string> MergeEndpoints(RuleTable? baseTable, ImmutableArray<string> added)
        {
            ImmutableArray<string> inherited = baseTable?.Endpoints ?? ImmutableArray<string>.Empty;
            return inherited.AddRange(added.Where(host => !inherited.Contains(host, StringComparer.OrdinalIgnoreCase)));
        }

        private static ImmutableArray<string> ReadEndpoints(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (property.Value is JsonArray array && array.Items.IsEmpty)
            {
                problems.Add(Problem("'endpoints' must list at least one host", array));
                return ImmutableArray<string>.Empty;
            }

            ImmutableArray<string> hosts = ReadStrings(property, problems, HostPattern.IsValid, "a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com')");
            ReportDuplicates(property, problems, HostPattern.IsValid, StringComparer.OrdinalIgnoreCase, "duplicate host '{0}' in 'endpoints'");
            return hosts;
        }

        private static ImmutableArray<string>? ReadParameters(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (property.Value is JsonArray array && array.Items.IsEmpty)
            {
                // An empty list would make every field of every request an unknown parameter (SORA006).
                problems.Add(Problem("'parameters' must list at least one field", array));
                return null;
            }

            ImmutableArray<string> fields = ReadStrings(property, problems, IsValidParameterName, "a field name (letters, digits and '_', not starting with a digit)");
            ReportDuplicates(property, problems, IsValidParameterName, StringComparer.Ordinal, "duplicate parameter '{0}' in 'parameters'");
            return fields;
        }

        /// <summary>Reports each valid string of the array that repeats an earlier one (invalid ones were reported as such).</summary>
        private static void ReportDuplicates(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems, Func<string, bool> isValid, StringComparer comparer, string message)
        {
            var seen = new HashSet<string>(comparer);
            if (property.Value is JsonArray items)
            {
                foreach (JsonNode item in items.Items)
                {
                    if (item is JsonString text && isValid(text.Value) && !seen.Add(text.Value))
                    {
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, message, text.Value), text));
                    }
                }
            }
        }

        private static SecondsType? ReadSecondsType(JsonNode value, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            // Exact spellings, like every other value of the file: "String" is as likely a typo as a choice.
            switch ((value as JsonString)?.Value)
            {
                case "any":
                    return SecondsType.Any;
                case "string":
                    return SecondsType.String;
                case "integer":
                    return SecondsType.Integer;
                default:
                    problems.Add(Problem("'secondsType' must be 'string', 'integer', or 'any'", value));
                    return null;
            }
        }

        /// <summary>A replacement is where SORA007's fix moves a request: a name or alias of a model that is still served.</summary>
        private static void CheckReplacements(List<VideoModel> models, Dictionary<string, JsonString> replacementNodes, ImmutableArray<RuleFileProblem>.Builder problems, JsonNode fallback)
        {
            var byName = new Dictionary<string, VideoModel>(StringComparer.Ordinal);
            foreach (VideoModel model in models)
            {
                byName[model.Name] = model;
                foreach (string alias in model.Aliases)
                {
                    byName[alias] = model;
                }
            }

            foreach (VideoModel model in models)
            {
                if (model.Replacement == null)
                {
                    continue;
                }

                // A base model's replacement can only go wrong through the file's entries (one replaced its target).
                JsonNode where = replacementNodes.TryGetValue(model.Name, out JsonString? node) ? node : fallback;
                if (!byName.TryGetValue(model.Replacement, out VideoModel? target))
                {
                    problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'replacement' names no model of the table: '{0}'", model.Replacement), where));
                }
                else if (target.IsRemoved)
                {
                    problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'replacement' names a removed model: '{0}'", model.Replacement), where));
                }
            }
        }

        private static VideoModel? ReadModel(JsonNode node, HashSet<string> namesInFile, ImmutableArray<RuleFileProblem>.Builder problems, Dictionary<string, JsonString> replacementNodes)
        {
            if (!(node is JsonObject entry))
            {
                problems.Add(Problem("each entry of 'models' must be an object", node));
                return null;
            }

            int problemsBefore = problems.Count;
            string? name = null;
            var aliases = ImmutableArray<string>.Empty;
            DurationSet seconds = DurationSet.Empty;
            int? defaultSeconds = null;
            JsonNode? defaultSecondsNode = null;
            var sizes = ImmutableArray<string>.Empty;
            bool? audio = null;
            string? deprecated = null;
            string? removed = null;
            JsonString? replacementNode = null;
            bool hasRemoved = false;
            bool hasName = false;
            bool hasSeconds = false;
            bool hasSizes = false;
            foreach (JsonProperty property in entry.Properties)
            {
                switch (property.Name.Value)
                {
                    case "name":
                        hasName = true;
                        if (RequireString(property, problems) is JsonString nameNode)
                        {
                            name = nameNode.Value;
                            if (!IsValidModelName(name))
                            {
                                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a valid model name (letters, digits, '-', '_', '.', ':')", name), nameNode));
                            }
                            else if (!namesInFile.Add(name))
                            {
                                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "duplicate model '{0}'", name), nameNode));
                            }
                        }

                        break;
                    case "aliases":
                        aliases = ReadStrings(property, problems, IsValidModelName, "a model name");
                        break;
                    case "seconds":
                        hasSeconds = true;
                        seconds = ReadSeconds(property, problems);
                        break;
                    case "defaultSeconds":
                        defaultSecondsNode = property.Value;
                        defaultSeconds = ReadPositiveInteger(property.Value, "'defaultSeconds'", problems);
                        break;
                    case "sizes":
                        hasSizes = true;
                        sizes = ReadStrings(property, problems, s => VideoSize.TryParse(s, out _), "a size of the form WIDTHxHEIGHT (for example '1280x720')");
                        break;
                    case "audio":
                        if (property.Value.Kind == JsonKind.True || property.Value.Kind == JsonKind.False)
                        {
                            audio = property.Value.Kind == JsonKind.True;
                        }
                        else
                        {
                            problems.Add(Problem("'audio' must be true or false", property.Value));
                        }

                        break;
                    case "deprecated":
                        deprecated = RequireString(property, problems)?.Value;
                        break;
                    case "removed":
                        hasRemoved = true;
                        removed = ReadDate(property, problems);
                        break;
                    case "replacement":
                        replacementNode = RequireString(property, problems);
                        if (replacementNode != null && !IsValidModelName(replacementNode.Value))
                        {
                            problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'{0}' in 'replacement' is not a model name", replacementNode.Value), replacementNode));
                            replacementNode = null;
                        }

                        break;
                    default:
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "unknown property '{0}' in a model entry", property.Name.Value), property.Name));
                        break;
                }
            }

            if (!hasName)
            {
                problems.Add(Problem("a model entry has no 'name'", entry));
            }

            // A removed model accepts nothing, so it needs no values; a table may keep them as a record of what it took.
            string model = name != null ? "model '" + name + "'" : "the model entry";
            if (!hasSeconds && !hasRemoved)
            {
                problems.Add(Problem(model + " has no 'seconds' list", entry));
            }

            if (!hasSizes && !hasRemoved)
            {
                problems.Add(Problem(model + " has no 'sizes' list", entry));
            }

            if (defaultSeconds.HasValue && (hasSeconds ? !seconds.IsEmpty && !seconds.Contains(defaultSeconds.Value) : hasRemoved))
            {
                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'defaultSeconds' {0} is not one of the model's 'seconds'", defaultSeconds.Value), defaultSecondsNode!));
            }

            if (problems.Count > problemsBefore || name == null)
            {
                return null;
            }

            if (replacementNode != null)
            {
                replacementNodes[name] = replacementNode;
            }

            return new VideoModel(name, aliases, seconds, defaultSeconds ?? seconds.First, sizes, audio, deprecated, removed, replacementNode?.Value);
        }

        /// <summary>A calendar date in the form <c>YYYY-MM-DD</c>; null (and a problem) otherwise.</summary>
        private static string? ReadDate(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (!(RequireString(property, problems) is JsonString text))
            {
                return null;
            }

            // Ten characters, so dates compare as text; TryParseExact checks the digits and the calendar (no 2026-02-30).
            if (text.Value.Length == 10
                && DateTime.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return text.Value;
            }

            problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'{0}' in '{1}' is not a date of the form YYYY-MM-DD (for example '2026-09-24')", text.Value, property.Name.Value), text));
            return null;
        }

        /// <summary>A model's durations: a list of values, or a range object <c>{ "min": 4, "max": 15 }</c>.</summary>
        private static DurationSet ReadSeconds(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (property.Value is JsonObject range)
            {
                return ReadSecondsRange(range, problems);
            }

            if (!(property.Value is JsonArray array))
            {
                problems.Add(Problem("'seconds' must be an array of whole numbers or a range such as { \"min\": 4, \"max\": 15 }", property.Value));
                return DurationSet.Empty;
            }

            if (array.Items.IsEmpty)
            {
                problems.Add(Problem("'seconds' must list at least one duration", array));
                return DurationSet.Empty;
            }

            var result = ImmutableArray.CreateBuilder<int>(array.Items.Length);
            foreach (JsonNode item in array.Items)
            {
                int? value = ReadPositiveInteger(item, "each value of 'seconds'", problems);
                if (value.HasValue)
                {
                    if (result.Contains(value.Value))
                    {
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "duplicate duration {0} in 'seconds'", value.Value), item));
                    }

                    result.Add(value.Value);
                }
            }

            return DurationSet.Of(result.ToImmutable());
        }

        private static DurationSet ReadSecondsRange(JsonObject range, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            int problemsBefore = problems.Count;
            int? min = null;
            int? max = null;
            JsonNode? minNode = null;
            foreach (JsonProperty bound in range.Properties)
            {
                switch (bound.Name.Value)
                {
                    case "min":
                        minNode = bound.Value;
                        min = ReadPositiveInteger(bound.Value, "'min' of 'seconds'", problems);
                        break;
                    case "max":
                        max = ReadPositiveInteger(bound.Value, "'max' of 'seconds'", problems);
                        break;
                    default:
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "unknown property '{0}' in a 'seconds' range (it takes 'min' and 'max')", bound.Name.Value), bound.Name));
                        break;
                }
            }

            if (problems.Count == problemsBefore && (!min.HasValue || !max.HasValue))
            {
                problems.Add(Problem("a 'seconds' range needs both 'min' and 'max'", range));
            }
            else if (min.HasValue && max.HasValue && min.Value > max.Value)
            {
                problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "'min' {0} is greater than 'max' {1} in 'seconds'", min.Value, max.Value), minNode!));
            }

            return problems.Count == problemsBefore ? DurationSet.Range(min!.Value, max!.Value) : DurationSet.Empty;
        }

        private static int? ReadPositiveInteger(JsonNode node, string what, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (node is JsonScalar scalar && scalar.Kind == JsonKind.Number
                && int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                && value > 0)
            {
                return value;
            }

            problems.Add(Problem(what + " must be a positive whole number", node));
            return null;
        }

        private static ImmutableArray<string> ReadStrings(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems, Func<string, bool> isValid, string expected)
        {
            string what = "'" + property.Name.Value + "'";
            if (!(property.Value is JsonArray array))
            {
                problems.Add(Problem(what + " must be an array of strings", property.Value));
                return ImmutableArray<string>.Empty;
            }

            if (array.Items.IsEmpty && property.Name.Value == "sizes")
            {
                problems.Add(Problem("'sizes' must list at least one size", array));
            }

            var result = ImmutableArray.CreateBuilder<string>(array.Items.Length);
            foreach (JsonNode item in array.Items)
            {
                if (item is JsonString text && isValid(text.Value))
                {
                    result.Add(text.Value);
                }
                else
                {
                    string shown = item is JsonString s ? "'" + s.Value + "'" : "a value";
                    problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "{0} in {1} is not {2}", shown, what, expected), item));
                }
            }

            return result.ToImmutable();
        }

        private static void CheckAliasesAreUnique(List<VideoModel> models, ImmutableArray<RuleFileProblem>.Builder problems, JsonArray? entries)
        {
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (VideoModel model in models)
            {
                owner[model.Name] = model.Name;
            }

            foreach (VideoModel model in models)
            {
                foreach (string alias in model.Aliases)
                {
                    if (owner.TryGetValue(alias, out string? other) && other != model.Name)
                    {
                        JsonNode where = FindClash(entries, model.Name, alias) ?? (JsonNode?)entries ?? new JsonScalar(JsonKind.Null, 0, 0, string.Empty);
                        problems.Add(Problem(string.Format(CultureInfo.InvariantCulture, "alias '{0}' of model '{1}' is already a name or alias of model '{2}'", alias, model.Name, other), where));
                    }
                    else if (owner.ContainsKey(alias))
                    {
                        // The model repeats its own name as an alias: harmless.
                    }
                    else
                    {
                        owner[alias] = model.Name;
                    }
                }
            }
        }

        /// <summary>
        /// Where the file causes a clash: the alias in the entry of the model that declares it (the same text may appear
        /// earlier, in the entry that took it first), or, for an alias of a base model, the name of the file's model that took it.
        /// </summary>
        private static JsonNode? FindClash(JsonArray? entries, string modelName, string alias)
        {
            if (entries == null)
            {
                return null;
            }

            foreach (JsonNode entry in entries.Items)
            {
                if (entry is JsonObject model && NameOf(model)?.Value == modelName && PropertyValue(model, "aliases") is JsonArray aliases)
                {
                    foreach (JsonNode item in aliases.Items)
                    {
                        if (item is JsonString s && s.Value == alias)
                        {
                            return item;
                        }
                    }
                }
            }

            foreach (JsonNode entry in entries.Items)
            {
                if (entry is JsonObject model && NameOf(model) is JsonString name && name.Value == alias)
                {
                    return name;
                }
            }

            return null;
        }

        private static JsonString? NameOf(JsonObject entry) => PropertyValue(entry, "name") as JsonString;

        private static JsonNode? PropertyValue(JsonObject entry, string name)
        {
            foreach (JsonProperty property in entry.Properties)
            {
                if (property.Name.Value == name)
                {
                    return property.Value;
                }
            }

            return null;
        }

        private static JsonString? RequireString(JsonProperty property, ImmutableArray<RuleFileProblem>.Builder problems)
        {
            if (property.Value is JsonString value)
            {
                return value;
            }

            problems.Add(Problem("'" + property.Name.Value + "' must be a string", property.Value));
            return null;
        }

        // Model names end up in diagnostic properties as comma-separated lists, so a name may not contain ','.
        private static bool IsValidModelName(string name)
        {
            if (name.Length == 0)
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':'))
                {
                    return false;
                }
            }

            return true;
        }

        // Field names are offered as C# member names by SORA006's rename fix, and listed comma-separated: identifier characters only.
        private static bool IsValidParameterName(string name)
        {
            if (name.Length == 0 || (name[0] >= '0' && name[0] <= '9'))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static RuleFileProblem Problem(string message, JsonNode node) => new RuleFileProblem(message, node.Start, Math.Max(1, node.End - node.Start));

        private static RuleFileProblem Problem(string message, JsonString node) => Problem(message, (JsonNode)node);
    }
}
