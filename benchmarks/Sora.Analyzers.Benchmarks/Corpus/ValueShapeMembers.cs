using System;
using System.Collections.Generic;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>The value of a request a shape computes, in the order of the default corpus's rules: SORA001, SORA002, SORA003.</summary>
internal enum RequestField
{
    Seconds,
    Model,
    Size,
}

/// <summary>
/// The default corpus's members for the shapes of <see cref="RequestShapes.Values"/> (docs/design.md, "What counts as a
/// value"): one value of a request computed from constants (the arms of <c>?:</c> and <c>switch</c>, a <c>??</c> fallback,
/// the text of an int constant, a size built from two, a readonly field, a local given a value in every branch or
/// assigned once from one of these), a DTO
/// whose default is left out, a body written after its creation, and a field the endpoint does not take. Every
/// constant but the rejected one is one the model accepts; an arm known only at run time is never a rejected one, so a
/// request whose constants are all accepted stays silent whatever its runtime arm holds. The variant of a shape (a
/// runtime arm or not, its form, the call or payload it is sent in) follows the round, so a large corpus has them all.
/// </summary>
internal static class ValueShapeMembers
{
    private const string ReadBody = "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);";

    private static readonly string[] SoraModelNames = { "sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08" };
    private static readonly string[] ProModelNames = { "sora-2-pro", "sora-2-pro-2025-10-06" };
    private static readonly string[] SoraSeconds = { "4", "8", "12" };
    private static readonly string[] ProSeconds = { "10", "15", "25" };
    private static readonly string[] SoraSizes = { "1280x720", "720x1280" };
    private static readonly string[] ProSizes = { "1280x720", "720x1280", "1792x1024", "1024x1792" };

    /// <summary>The value <paramref name="shape"/> computes in <paramref name="round"/>; it carries the rejected value of a rejected request.</summary>
    public static RequestField FieldOf(RequestShape shape, int round) => shape switch
    {
        RequestShape.ToStringOfConstant => RequestField.Seconds,
        RequestShape.InterpolatedSize => RequestField.Size,
        RequestShape.UnknownField => RequestField.Seconds,

        // The shared DTO's defaults are a request sora-2-pro accepts: its seconds or its size is what sora-2 rejects.
        RequestShape.DtoDefault => ((round / 2) + (int)shape) % 2 == 0 ? RequestField.Seconds : RequestField.Size,
        _ => (RequestField)(((round / 2) + (int)shape) % 3),
    };

    /// <summary>The rule a rejected request of <paramref name="shape"/> that computes <paramref name="field"/> breaks.</summary>
    public static string RuleOf(RequestShape shape, RequestField field) => shape == RequestShape.UnknownField
        ? "SORA006"
        : field switch
        {
            RequestField.Seconds => "SORA001",
            RequestField.Model => "SORA002",
            _ => "SORA003",
        };

    /// <summary>A member of <paramref name="shape"/> sending <paramref name="values"/> (its <paramref name="field"/> computed), with the members it reads before it.</summary>
    public static void Write(CodeWriter writer, RequestShape shape, int round, RequestField field, (string Model, string Seconds, string Size) values, string feature, string suffix, Random random)
    {
        // Rounds 1 and 2 of every 4 (an accepted and a rejected one) put an arm known only at run time beside the constants.
        bool runtimeArm = round % 4 is 1 or 2;
        string header = $"public async Task<string> Render{feature}Take{suffix}Async(string prompt, ";
        switch (shape)
        {
            case RequestShape.DtoDefault:
                writer.Open(header + "CancellationToken cancellationToken)");
                WriteDtoDefault(writer, round, field, random);
                break;
            case RequestShape.WriteAfterCreation:
                writer.Open(header + (runtimeArm ? "bool longer, " : string.Empty) + "CancellationToken cancellationToken)");
                WriteAfterCreation(writer, round, field, values, runtimeArm);
                break;
            case RequestShape.UnknownField:
                writer.Open(header + "CancellationToken cancellationToken)");
                WriteUnknownField(writer, round, values, rejected: round % 2 == 0);
                break;
            default:
                WriteComputedValue(writer, header, shape, round, field, values, runtimeArm, feature, suffix);
                break;
        }

        writer.Close();
    }

    private static void WriteComputedValue(CodeWriter writer, string header, RequestShape shape, int round, RequestField field, (string Model, string Seconds, string Size) values, bool runtimeArm, string feature, string suffix)
    {
        string value = ValueOf(field, values);
        IReadOnlyList<string> others = Accepted(field, values.Model).Where(v => v != value).ToArray();
        string first = Quote(others[0]), second = Quote(others[Math.Min(1, others.Count - 1)]);
        string member = field.ToString();
        string parameters = shape switch
        {
            RequestShape.Conditional or RequestShape.SwitchExpression or RequestShape.LocalAssignedInBranches => "bool longer, string quality, string configured, ",
            RequestShape.NullCoalescingFallback => "VideoOptions options, ",
            RequestShape.LocalAssignedOnceComputed => "bool longer, string quality, string configured, VideoOptions options, ",
            _ => string.Empty,
        };

        // Members the value reads, declared just before the method that sends it.
        string name = $"{feature}Clip{member}{suffix}";
        string? width = null, height = null;
        switch (shape)
        {
            case RequestShape.ReadonlyField when (round / 2) % 2 == 0:
                writer.Line($"private static readonly string {name} = {Quote(value)};");
                writer.Line();
                break;
            case RequestShape.ReadonlyField:
                writer.Line($"private static string {name} {{ get; }} = {Quote(value)};");
                writer.Line();
                break;
            case RequestShape.InterpolatedSize:
                string[] sides = value.Split('x');
                (width, height) = ($"{feature}Width{suffix}", $"{feature}Height{suffix}");
                writer.Line($"private const int {width} = {sides[0]};");
                writer.Line($"private const int {height} = {sides[1]};");
                writer.Line();
                break;
        }

        writer.Open(header + parameters + "CancellationToken cancellationToken)");
        string local = "clip" + member;
        string computed = shape switch
        {
            RequestShape.Conditional => runtimeArm
                ? $"longer ? {first} : quality == \"draft\" ? configured : {Quote(value)}"
                : $"longer ? {first} : {Quote(value)}",
            RequestShape.SwitchExpression => runtimeArm
                ? $"quality switch {{ \"high\" => {first}, \"custom\" => configured, _ => {Quote(value)} }}"
                : $"quality switch {{ \"high\" => {first}, \"draft\" => {Quote(value)}, _ => {second} }}",
            RequestShape.NullCoalescingFallback => $"options.{member} ?? {Quote(value)}",
            RequestShape.ToStringOfConstant => (round % 4) switch
            {
                0 => $"{value}.ToString(CultureInfo.InvariantCulture)",
                1 => $"Convert.ToString({value}, CultureInfo.InvariantCulture)",
                2 => "$\"{clipSeconds}\"",
                _ => $"{value}.ToString()",
            },
            RequestShape.InterpolatedSize => (round / 2) % 2 == 0 ? $"$\"{{{width}}}x{{{height}}}\"" : $"{width} + \"x\" + {height}",
            RequestShape.ReadonlyField => name,
            _ => local,
        };

        if (shape == RequestShape.ToStringOfConstant && round % 4 == 2)
        {
            writer.Line($"const int clipSeconds = {value};");
        }
        else if (shape == RequestShape.LocalAssignedOnceComputed)
        {
            writer.Line(((round / 2) % 3) switch
            {
                0 when runtimeArm => $"var {local} = longer ? configured : {Quote(value)};",
                0 => $"var {local} = longer ? {first} : {Quote(value)};",
                1 when runtimeArm => $"var {local} = quality switch {{ \"high\" => {first}, \"custom\" => configured, _ => {Quote(value)} }};",
                1 => $"var {local} = quality switch {{ \"high\" => {first}, _ => {Quote(value)} }};",
                _ => $"var {local} = options.{member} ?? {Quote(value)};",
            });
            writer.Line();
        }
        else if (shape == RequestShape.LocalAssignedInBranches)
        {
            writer.Line($"string {local};");
            if (runtimeArm)
            {
                writer.Block($$"""
                    switch (quality)
                    {
                        case "high":
                            {{local}} = {{first}};
                            break;
                        case "custom":
                            {{local}} = configured;
                            break;
                        default:
                            {{local}} = {{Quote(value)}};
                            break;
                    }

                    """);
            }
            else
            {
                writer.Block($$"""
                    if (longer)
                    {
                        {{local}} = {{first}};
                    }
                    else
                    {
                        {{local}} = {{Quote(value)}};
                    }

                    """);
            }
        }

        string model = field == RequestField.Model ? computed : Quote(values.Model);
        string seconds = field == RequestField.Seconds ? computed : Quote(values.Seconds);
        string size = field == RequestField.Size ? computed : Quote(values.Size);
        WriteCarrier(writer, round % 3, model, seconds, size);
    }

    /// <summary>What sends the request: a video call (0), an anonymous object (1) or a dictionary (2) posted to v1/videos.</summary>
    private static void WriteCarrier(CodeWriter writer, int carrier, string model, string seconds, string size)
    {
        switch (carrier)
        {
            case 0:
                writer.Block($$"""
                    var videoId = await Videos.CreateVideoAsync(prompt, model: {{model}}, seconds: {{seconds}}, size: {{size}}, cancellationToken: cancellationToken).ConfigureAwait(false);
                    Logger.LogInformation("Queued video {VideoId}", videoId);
                    return videoId;
                    """);
                break;
            case 1:
                writer.Block($$"""
                    var payload = new { model = {{model}}, prompt, seconds = {{seconds}}, size = {{size}} };
                    using var response = await Http.PostAsJsonAsync("v1/videos", payload, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    {{ReadBody}}
                    """);
                break;
            default:
                writer.Block($$"""
                    var fields = new Dictionary<string, object>
                    {
                        ["model"] = {{model}},
                        ["prompt"] = prompt,
                        ["seconds"] = {{seconds}},
                        ["size"] = {{size}},
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
        }
    }

    /// <summary>
    /// The shared <c>ProClipRequest</c> (defaults sora-2-pro, "10", "1792x1024"): a rejected request switches the model
    /// to sora-2 and leaves out the default it does not take; an accepted one leaves out only defaults its model takes.
    /// </summary>
    private static void WriteDtoDefault(CodeWriter writer, int round, RequestField field, Random random)
    {
        string members = (round % 2, field) switch
        {
            (0, RequestField.Seconds) => $"Model = \"{random.Pick(SoraModelNames)}\", Prompt = prompt, Size = \"{random.Pick(SoraSizes)}\"",
            (0, _) => $"Model = \"{random.Pick(SoraModelNames)}\", Prompt = prompt, Seconds = \"{random.Pick(SoraSeconds)}\"",
            _ when (round / 2) % 2 == 0 => $"Prompt = prompt, Seconds = \"{random.Pick(ProSeconds)}\"",
            _ => $"Model = \"{random.Pick(ProModelNames)}\", Prompt = prompt",
        };
        writer.Block($$"""
            var request = new ProClipRequest { {{members}} };
            using var response = await Http.PostAsJsonAsync("v1/videos", request, JsonOptions.Default, cancellationToken).ConfigureAwait(false);
            {{ReadBody}}
            """);
    }

    /// <summary>
    /// A dictionary (or, every other pair of rounds, a JsonObject) created without one value and given it after, by an
    /// indexer, <c>Add</c> or <c>TryAdd</c>; with a runtime arm, created with an accepted value that a write in a branch replaces.
    /// </summary>
    private static void WriteAfterCreation(CodeWriter writer, int round, RequestField field, (string Model, string Seconds, string Size) values, bool inBranch)
    {
        string key = field.ToString().ToLowerInvariant();
        string value = Quote(ValueOf(field, values));
        bool jsonObject = (round / 2) % 2 == 1;
        var entries = new List<string>();
        foreach ((RequestField entry, string text) in new[] { (RequestField.Model, values.Model), (RequestField.Seconds, values.Seconds), (RequestField.Size, values.Size) })
        {
            if (entry != field)
            {
                entries.Add($"[\"{entry.ToString().ToLowerInvariant()}\"] = \"{text}\"");
            }
            else if (inBranch)
            {
                entries.Add($"[\"{key}\"] = {Quote(Accepted(field, values.Model).First(v => v != ValueOf(field, values)))}");
            }
        }

        entries.Insert(1, "[\"prompt\"] = prompt");
        string type = jsonObject ? "System.Text.Json.Nodes.JsonObject" : "Dictionary<string, object>";
        writer.Line($"var body = new {type} {{ {string.Join(", ", entries)} }};");
        if (inBranch)
        {
            writer.Block($$"""
                if (longer)
                {
                    body["{{key}}"] = {{value}};
                }

                """);
        }
        else
        {
            writer.Line((round % 3, jsonObject) switch
            {
                (0, _) => $"body[\"{key}\"] = {value};",
                (1, _) or (_, true) => $"body.Add(\"{key}\", {value});",
                _ => $"body.TryAdd(\"{key}\", {value});",
            });
        }

        writer.Block($$"""
            using var response = await Http.PostAsJsonAsync("v1/videos", body, cancellationToken).ConfigureAwait(false);
            {{ReadBody}}
            """);
    }

    /// <summary>
    /// A Sora body the API accepts but for one field: rejected, a field the endpoint does not take (<c>n_variants</c>,
    /// <c>duration</c>, <c>quality</c>); accepted, <c>input_reference</c>, which it takes. In an anonymous object, a
    /// dictionary initializer, a write after creation or JSON text, by round.
    /// </summary>
    private static void WriteUnknownField(CodeWriter writer, int round, (string Model, string Seconds, string Size) values, bool rejected)
    {
        (string m, string s, string z) = values;
        const string Reference = "\"file_9a1c2e\"";
        switch ((round / 2) % 4)
        {
            case 0:
                writer.Block($$"""
                    var payload = new { model = "{{m}}", prompt, seconds = "{{s}}", size = "{{z}}", {{(rejected ? "n_variants = 2" : "input_reference = " + Reference)}} };
                    using var response = await Http.PostAsJsonAsync("v1/videos", payload, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case 1:
                writer.Block($$"""
                    var fields = new Dictionary<string, object>
                    {
                        ["model"] = "{{m}}",
                        ["prompt"] = prompt,
                        ["seconds"] = "{{s}}",
                        ["size"] = "{{z}}",
                        {{(rejected ? "[\"duration\"] = " + s : "[\"input_reference\"] = " + Reference)}},
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case 2:
                string write = rejected ? "body[\"quality\"] = \"high\";" : $"body[\"input_reference\"] = {Reference};";
                writer.Block($$"""
                    var body = new Dictionary<string, object> { ["model"] = "{{m}}", ["prompt"] = prompt, ["seconds"] = "{{s}}", ["size"] = "{{z}}" };
                    {{write}}
                    using var response = await Http.PostAsJsonAsync("v1/videos", body, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            default:
                string extra = rejected ? "\\\"n_variants\\\":2" : "\\\"input_reference\\\":\\\"file_9a1c2e\\\"";
                writer.Block($$"""
                    const string json = "{\"model\":\"{{m}}\",\"prompt\":\"A lighthouse in a storm\",\"seconds\":\"{{s}}\",\"size\":\"{{z}}\",{{extra}}}";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """);
                break;
        }
    }

    private static string ValueOf(RequestField field, (string Model, string Seconds, string Size) values) => field switch
    {
        RequestField.Seconds => values.Seconds,
        RequestField.Model => values.Model,
        _ => values.Size,
    };

    /// <summary>The values of <paramref name="field"/> that the model <paramref name="model"/> means (a close misspelling: the model it is close to) accepts.</summary>
    private static IReadOnlyList<string> Accepted(RequestField field, string model)
    {
        bool pro = model.Contains("pro", StringComparison.Ordinal);
        return field switch
        {
            RequestField.Seconds => pro ? ProSeconds : SoraSeconds,
            RequestField.Model => pro ? ProModelNames : SoraModelNames,
            _ => pro ? ProSizes : SoraSizes,
        };
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
