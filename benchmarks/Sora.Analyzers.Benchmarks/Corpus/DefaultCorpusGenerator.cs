using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes the default corpus, deterministic for a seed: ordinary application code (service classes made of
/// <see cref="FillerMembers"/>: LINQ, HttpClient calls, anonymous objects, dictionaries, JSON strings, chat/image calls
/// with a <c>model</c> parameter, methods named <c>*Video*</c> without request parameters, <c>string.Format</c> and
/// <c>ILogger</c> calls, the work of CA2241 and CA2017), and two video requests per 1,000 lines, each from a cycle of
/// its own with accepted and rejected values: one through the shapes where requests are found, its values plain
/// constants (<see cref="RequestShapes.Places"/>), the other through the shapes that compute a value or complete a body
/// (<see cref="RequestShapes.Values"/>, written by <see cref="ValueShapeMembers"/>).
/// </summary>
internal sealed class DefaultCorpusGenerator : CorpusGenerator
{
    /// <summary>One video request (a few lines) of each cycle per this many lines of code.</summary>
    public const int LinesPerRequest = 1000;

    /// <summary>
    /// What the cost-attribution variants add to every file: enough that the difference stands out of the telemetry's
    /// noise (docs/performance.md, "Cost per video request and per non-video payload").
    /// </summary>
    public static readonly CorpusExtras AttributionExtras = new CorpusExtras(VideoRequestsPerFile: 10, PayloadsPerFile: 30);

    // Request values, by what the default rule table (apiyi) says of them.
    private static readonly (string Model, string Seconds, string Size)[] Valid =
    {
        ("sora-2", "4", "1280x720"), ("sora-2", "8", "720x1280"), ("sora-2", "12", "1280x720"),
        ("sora-2-pro", "10", "1792x1024"), ("sora-2-pro", "15", "1024x1792"), ("sora-2-pro", "25", "720x1280"),
        ("sora-2-2025-10-06", "8", "1280x720"), ("sora-2-pro-2025-10-06", "15", "1280x720"),
    };

    private static readonly (string Model, string Seconds, string Size)[] WrongSeconds =
    {
        ("sora-2", "10", "1280x720"), ("sora-2", "6", "720x1280"), ("sora-2-pro", "8", "1792x1024"), ("sora-2-pro", "12", "1280x720"), ("sora-2", "16", "720x1280"),
    };

    private static readonly (string Model, string Seconds, string Size)[] UnknownModel =
    {
        ("sora2", "8", "1280x720"), ("sora-2pro", "10", "1792x1024"), ("sora_2", "4", "720x1280"),
    };

    private static readonly (string Model, string Seconds, string Size)[] WrongSize =
    {
        ("sora-2", "8", "1792x1024"), ("sora-2", "4", "1024x1792"), ("sora-2-pro", "10", "1920x1080"), ("sora-2", "12", "1080x1920"),
    };

    private static readonly string[] VideoUsings = { "System.ClientModel", "Contoso.Media.Video", "OpenAI.Videos" };

    private readonly bool _withVideo;
    private int _placeRequests;
    private int _valueRequests;

    public DefaultCorpusGenerator(int seed, bool withVideo, CorpusExtras extras)
        : base(seed, withVideo || extras.VideoRequestsPerFile == 0 ? extras : throw new ArgumentException("A corpus without video code has no extra video requests.", nameof(extras)))
    {
        _withVideo = withVideo;
    }

    protected override IEnumerable<SourceFile> SharedFiles() => SharedSources.Create(_withVideo);

    protected override SourceFile WriteFile(int index, int targetLines)
    {
        string area = Vocabulary.Areas[index % Vocabulary.Areas.Length];
        string feature = Vocabulary.Features[(index / Vocabulary.Areas.Length) % Vocabulary.Features.Length];
        string kind = CorpusRandom.Pick(Vocabulary.Kinds);
        string className = feature + kind + index.ToString(CultureInfo.InvariantCulture);
        string path = $"{area}/{feature}{index:D5}/{className}.cs";

        CodeWriter writer = StartClass(
            $"Contoso.{area}.{feature}{index}",
            $"Application logic for {feature.ToLowerInvariant()} {kind.ToLowerInvariant()} #{index}.",
            className,
            _withVideo ? VideoUsings : Array.Empty<string>());
        writer.Line($"public {className}(ServiceDependencies dependencies)");
        writer.Open("    : base(dependencies)");
        writer.Line("// Dependencies are resolved by the host.");
        writer.Close();
        writer.Line();
        writer.Line($"private const string {feature}Route = \"api/{feature.ToLowerInvariant()}s\";");

        int member = 0;
        while (writer.LineCount < targetLines - 2)
        {
            writer.Line();
            WriteMember(writer, path, feature, member++);
        }

        return Finish(writer, path, feature);
    }

    // The payloads of FillerMembers.NonVideoPayloads, without the code that sends them.
    protected override void WritePayloadAlone(CodeWriter writer, string feature, string suffix, int index, Random random)
    {
        string noun = random.Pick(Vocabulary.Nouns);
        writer.Line((index % 4) switch
        {
            0 => $"private const string {noun}ClassifierBody{suffix} = \"{{\\\"model\\\":\\\"{random.Pick(Vocabulary.ChatModels)}\\\",\\\"temperature\\\":0,\\\"messages\\\":[{{\\\"role\\\":\\\"system\\\",\\\"content\\\":\\\"Classify the ticket.\\\"}}]}}\";",
            1 => $"private static object {noun}ImageOptions{suffix} => new {{ model = \"dall-e-3\", size = \"1792x1024\", quality = \"hd\", style = \"natural\" }};",
            2 => $"private static object {noun}CacheOptions{suffix} => new {{ name = \"{noun.ToLowerInvariant()}-cache\", seconds = 30, sizeLimit = 1024 }};",
            _ => $"private const string {noun}Settings{suffix} = \"\"\"{{\"endpoint\":\"https://{feature.ToLowerInvariant()}.internal.example.com\",\"cache\":{{\"seconds\":{random.Next(10, 300)},\"size\":\"large\"}},\"retries\":3}}\"\"\";",
        });
    }

    private void WriteMember(CodeWriter writer, string path, string feature, int member)
    {
        int linesSoFar = LinesWritten + writer.LineCount;
        string suffix = member.ToString(CultureInfo.InvariantCulture);
        if (_withVideo && _placeRequests < (linesSoFar + (LinesPerRequest / 2)) / LinesPerRequest)
        {
            Requests.Add(WriteVideoRequest(writer, path, feature, suffix, _placeRequests++, CorpusRandom));
            return;
        }

        // Half-way between two requests of the first cycle, which keeps its places (one per 1,000 lines from line 500).
        if (_withVideo && _valueRequests < linesSoFar / LinesPerRequest)
        {
            Requests.Add(WriteValueRequest(writer, path, feature, suffix, _valueRequests++, CorpusRandom));
            return;
        }

        if (!PeerMistakes.TryWrite(writer, CorpusRandom, linesSoFar, suffix))
        {
            WriteFiller(writer, path, feature, suffix);
        }
    }

    private void WriteFiller(CodeWriter writer, string path, string feature, string suffix)
    {
        string noun = CorpusRandom.Pick(Vocabulary.Nouns);
        int template = CorpusRandom.Next(_withVideo ? FillerMembers.TemplateCount : FillerMembers.TemplateCount - 1);
        int start = writer.LineCount;
        FillerMembers.Write(writer, CorpusRandom, template, feature, noun, suffix);
        if (FillerMembers.IsNonVideoPayload(template))
        {
            Payloads.Add(new PlantedPayload(path, start, writer.LineCount - 1));
        }
    }

    // The first cycle; the extra requests of the cost-per-request variants come from it alone, so that their figure stays
    // the average over the same shapes (docs/performance.md, "Cost per video request and per non-video payload").
    protected override PlantedRequest WriteVideoRequest(CodeWriter writer, string path, string feature, string suffix, int index, Random random)
    {
        RequestShape shape = RequestShapes.Places[index % RequestShapes.Places.Count];
        int round = index / RequestShapes.Places.Count;

        // Even rounds are rejected requests (the rule cycles with the shape, so every shape meets every rule),
        // odd rounds are requests the API accepts.
        string? expected = null;
        (string Model, string Seconds, string Size) values;
        if (round % 2 == 0)
        {
            switch (((round / 2) + (int)shape) % 3)
            {
                case 0: expected = "SORA001"; values = random.Pick(WrongSeconds); break;
                case 1: expected = "SORA002"; values = random.Pick(UnknownModel); break;
                default: expected = "SORA003"; values = random.Pick(WrongSize); break;
            }
        }
        else
        {
            values = random.Pick(Valid);
        }

        (string m, string s, string z) = values;
        string prompt = random.Pick(Vocabulary.Prompts);
        writer.Open($"public async Task<string> Render{feature}Clip{suffix}Async(string prompt, CancellationToken cancellationToken)");
        int start = writer.LineCount - 1;
        WriteRequestBody(writer, shape, m, s, z, prompt);
        writer.Close();
        return new PlantedRequest(path, start, writer.LineCount - 1, shape, expected);
    }

    /// <summary>The second cycle's <paramref name="index"/>-th request: even rounds break the rule of the value the shape computes, odd rounds are accepted.</summary>
    private static PlantedRequest WriteValueRequest(CodeWriter writer, string path, string feature, string suffix, int index, Random random)
    {
        RequestShape shape = RequestShapes.Values[index % RequestShapes.Values.Count];
        int round = index / RequestShapes.Values.Count;
        RequestField field = ValueShapeMembers.FieldOf(shape, round);
        string? expected;
        (string Model, string Seconds, string Size) values;
        if (round % 2 == 0 && shape is not RequestShape.DtoDefault and not RequestShape.UnknownField)
        {
            expected = ValueShapeMembers.RuleOf(shape, field);
            values = random.Pick(field switch
            {
                RequestField.Seconds => WrongSeconds,
                RequestField.Model => UnknownModel,
                _ => WrongSize,
            });
        }
        else
        {
            // A DTO's rejected value is its default, and an unknown field is the only thing wrong with its body.
            expected = round % 2 == 0 ? ValueShapeMembers.RuleOf(shape, field) : null;
            values = random.Pick(Valid);
        }

        int start = writer.LineCount;
        ValueShapeMembers.Write(writer, shape, round, field, values, feature, suffix, random);
        return new PlantedRequest(path, start, writer.LineCount - 1, shape, expected);
    }

    private static void WriteRequestBody(CodeWriter writer, RequestShape shape, string m, string s, string z, string prompt)
    {
        const string ReadBody = "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);";
        switch (shape)
        {
            case RequestShape.CallNamedArguments:
                writer.Block($$"""
                    var videoId = await Videos.CreateVideoAsync(prompt, model: "{{m}}", seconds: "{{s}}", size: "{{z}}", cancellationToken: cancellationToken).ConfigureAwait(false);
                    Logger.LogInformation("Queued video {VideoId}", videoId);
                    return videoId;
                    """);
                break;
            case RequestShape.CallReorderedNamedArguments:
                writer.Block($$"""
                    return await Videos.CreateVideoAsync(
                        size: "{{z}}",
                        seconds: "{{s}}",
                        prompt: prompt,
                        model: "{{m}}",
                        cancellationToken: cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.CallPositionalInt:
                writer.Block($$"""
                    await Task.Yield();
                    var jobId = Videos.SubmitVideoJob("{{m}}", {{s}}, "{{z}}");
                    Logger.LogDebug("Submitted video job {JobId} for {Prompt}", jobId, prompt);
                    return jobId;
                    """);
                break;
            case RequestShape.CallOmittedDefaults:
                // GenerateVideoAsync(prompt, model = "sora-2", seconds = "4", size = "1280x720"): only what differs is written.
                string arguments = (m != "sora-2" ? $", model: \"{m}\"" : string.Empty)
                    + (s != "4" ? $", seconds: \"{s}\"" : string.Empty)
                    + (z != "1280x720" ? $", size: \"{z}\"" : string.Empty);
                writer.Block($$"""
                    return await Videos.GenerateVideoAsync(prompt{{arguments}}, cancellationToken: cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.CallConstantsAndLocals:
                string model = m switch { "sora-2" => "VideoDefaults.Model", "sora-2-pro" => "VideoDefaults.ProModel", _ => $"\"{m}\"" };
                string size = z switch { "1280x720" => "VideoDefaults.Landscape", "720x1280" => "VideoDefaults.Portrait", _ => $"\"{z}\"" };
                writer.Block($$"""
                    const string clipSeconds = "{{s}}";
                    string clipSize = {{size}};
                    return await Videos.CreateVideoAsync(prompt, {{model}}, clipSeconds, clipSize, cancellationToken).ConfigureAwait(false);
                    """);
                break;
            case RequestShape.ObjectCreation:
                writer.Block($$"""
                    var job = new VideoJob("{{m}}", "{{s}}", "{{z}}");
                    using var response = await Http.PostAsJsonAsync("v1/videos", new { job.Model, job.Seconds, job.Size, prompt }, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.AnonymousObject:
                writer.Block($$"""
                    var payload = new { model = "{{m}}", prompt, seconds = {{s}}, size = "{{z}}" };
                    using var response = await Http.PostAsJsonAsync("v1/videos", payload, cancellationToken).ConfigureAwait(false);
                    response.EnsureSuccessStatusCode();
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializer:
                writer.Block($$"""
                    var request = new SoraVideoRequest
                    {
                        Model = "{{m}}",
                        Prompt = prompt,
                        Seconds = "{{s}}",
                        Size = "{{z}}",
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", request, JsonOptions.Default, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializerJsonPropertyName:
                writer.Block($$"""
                    var body = new VideoGenerationBody { Engine = "{{m}}", Text = prompt, Duration = {{s}}, Resolution = "{{z}}" };
                    using var response = await Http.PostAsJsonAsync("v1/videos", body, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.ObjectInitializerNewtonsoftJsonProperty:
                writer.Block($$"""
                    var body = new LegacyVideoBody
                    {
                        ModelId = "{{m}}",
                        Description = prompt,
                        Length = "{{s}}",
                        Dimensions = "{{z}}",
                    };
                    using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.DictionaryIndexInitializer:
                writer.Block($$"""
                    var fields = new Dictionary<string, object>
                    {
                        ["model"] = "{{m}}",
                        ["prompt"] = prompt,
                        ["seconds"] = {{s}},
                        ["size"] = "{{z}}",
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.DictionaryCollectionInitializer:
                writer.Block($$"""
                    var fields = new Dictionary<string, string>
                    {
                        { "model", "{{m}}" },
                        { "prompt", prompt },
                        { "seconds", "{{s}}" },
                        { "size", "{{z}}" },
                    };
                    using var response = await Http.PostAsJsonAsync("v1/videos", fields, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonRegularString:
                writer.Block($$"""
                    const string json = "{\"model\":\"{{m}}\",\"prompt\":\"{{prompt}}\",\"seconds\":\"{{s}}\",\"size\":\"{{z}}\"}";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonVerbatimString:
                writer.Block($$"""
                    var json = @"{ ""model"": ""{{m}}"", ""prompt"": ""{{prompt}}"", ""seconds"": {{s}}, ""size"": ""{{z}}"" }";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.JsonRawString:
                writer.Block($$""""
                    var json = """{"model": "{{m}}", "prompt": "{{prompt}}", "seconds": "{{s}}", "size": "{{z}}"}""";
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """");
                break;
            case RequestShape.JsonRawMultiLineString:
                writer.Block($$""""
                    var json = """
                        {
                          "model": "{{m}}",
                          "prompt": "{{prompt}}",
                          "seconds": {{s}},
                          "size": "{{z}}"
                        }
                        """;
                    using var content = new StringContent(json, Encoding.UTF8, "application/json");
                    using var response = await Http.PostAsync("v1/videos", content, cancellationToken).ConfigureAwait(false);
                    Logger.LogDebug("Posted {Length} characters for {Prompt}", json.Length, prompt);
                    {{ReadBody}}
                    """");
                break;
            case RequestShape.MultipartForm:
                writer.Block($$"""
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("{{m}}"), "model");
                    form.Add(new StringContent(prompt), "prompt");
                    form.Add(new StringContent("{{s}}"), "seconds");
                    form.Add(new StringContent("{{z}}"), "size");
                    using var response = await Http.PostAsync("v1/videos", form, cancellationToken).ConfigureAwait(false);
                    {{ReadBody}}
                    """);
                break;
            case RequestShape.OpenAiSdkFromObjectAsJson:
                writer.Block($$"""
                    var client = new VideoClient(ApiKey);
                    using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "{{m}}", prompt, seconds = "{{s}}", size = "{{z}}" }));
                    ClientResult result = await client.CreateVideoAsync(content, "application/json").ConfigureAwait(false);
                    return result.GetRawResponse().Content.ToString();
                    """);
                break;
            default:
                writer.Block($$""""
                    const string json = """{"model":"{{m}}","prompt":"{{prompt}}","seconds":"{{s}}","size":"{{z}}"}""";
                    BinaryData data = BinaryData.FromString(json);
                    var client = new VideoClient(ApiKey);
                    ClientResult result = await client.CreateVideoAsync(BinaryContent.Create(data), "application/json").ConfigureAwait(false);
                    Logger.LogDebug("Video request for {Prompt} answered {Status}", prompt, result.GetRawResponse().Status);
                    return result.GetRawResponse().ReasonPhrase;
                    """");
                break;
        }
    }
}
