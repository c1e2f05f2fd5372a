using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes the dense corpus, where every file is a candidate, deterministic for a seed: AI-application code in which each
/// file calls a video wrapper (<see cref="SharedSources.VideoStudio"/>) twice, leaving its model to the wrapper's
/// default, <c>"sora-2"</c>, and builds 25 chat and audio payloads that are not video requests (anonymous objects with
/// <c>model</c>, dictionaries with <c>["model"]</c>, JSON strings with <c>"model"</c> and <c>"seconds"</c>), among LINQ
/// and format-string code (<see cref="FillerMembers.LinqAndFormatting"/>). Between the two calls, one more call whose
/// seconds are computed (<see cref="ValueCallShapes"/>) and one more non-video payload whose values are.
/// </summary>
internal sealed class DenseCorpusGenerator : CorpusGenerator
{
    public const int VideoCallsPerFile = 2;
    public const int PayloadsPerFile = 25;

    /// <summary>
    /// What the cost-attribution variants add to every file: enough that the difference stands out of the telemetry's
    /// noise (docs/performance.md, "Cost per video request and per non-video payload").
    /// </summary>
    public static readonly CorpusExtras AttributionExtras = new CorpusExtras(VideoRequestsPerFile: 10, PayloadsPerFile: 50);

    private const int PayloadKinds = 5;
    private const int ValuePayloadKinds = 4;

    /// <summary>The shapes of <see cref="RequestShapes.Values"/> a call of the wrapper's <c>int seconds</c> can take.</summary>
    private static readonly RequestShape[] ValueCallShapes =
    {
        RequestShape.Conditional, RequestShape.SwitchExpression, RequestShape.NullCoalescingFallback, RequestShape.ReadonlyField, RequestShape.LocalAssignedInBranches,
        RequestShape.LocalAssignedOnceComputed,
    };

    // Durations for the wrapper's default model, sora-2, by what the default rule table (apiyi) says of them.
    internal static readonly string[] AcceptedSeconds = { "4", "8", "12" };
    internal static readonly string[] RejectedSeconds = { "10", "6", "16", "5" };

    private static readonly string[] SpeechModels = { "gpt-4o-mini-tts", "tts-1", "tts-1-hd" };
    private static readonly string[] TranscriptionModels = { "gpt-4o-transcribe", "gpt-4o-mini-transcribe", "whisper-1" };
    private static readonly string[] Topics = { "our spring sale", "the new loyalty tiers", "same-day delivery", "the returns portal" };

    private int _payloads;
    private int _valueCalls;
    private int _valuePayloads;

    public DenseCorpusGenerator(int seed, CorpusExtras extras)
        : base(seed, extras)
    {
    }

    protected override IEnumerable<SourceFile> SharedFiles() => SharedFilesWithVideoStudio();

    protected override SourceFile WriteFile(int index, int targetLines)
    {
        (string area, string feature) = AreaAndFeature(index);
        string className = feature + "Assistant" + index.ToString(CultureInfo.InvariantCulture);
        string path = $"Assistants/{area}/{className}.cs";

        CodeWriter writer = StartVideoStudioClass(
            $"Contoso.Assistants.{area}{index}",
            $"Assistant features for {feature.ToLowerInvariant()}s: answers, transcripts, speech and generated clips.",
            className);

        // The planted members in order, the video calls spread among the payloads, and LINQ and formatting code
        // between them in proportion to the file's size, so that each stretch of the file looks like the rest.
        int planted = VideoCallsPerFile + PayloadsPerFile;
        int videoEvery = planted / VideoCallsPerFile;
        int videoCalls = 0;
        int member = 0;
        for (int item = 0; item < planted; item++)
        {
            writer.Line();
            string suffix = (member++).ToString(CultureInfo.InvariantCulture);
            if (videoCalls < VideoCallsPerFile && (item % videoEvery == videoEvery / 2 || planted - item == VideoCallsPerFile - videoCalls))
            {
                Requests.Add(WriteVideoRequest(writer, path, feature, suffix, videoCalls++, CorpusRandom));

                // Every file has some LINQ and formatting code, whatever its size.
                writer.Line();
                WriteFiller(writer, feature, (member++).ToString(CultureInfo.InvariantCulture));
                if (videoCalls == 1)
                {
                    writer.Line();
                    Requests.Add(WriteValueCall(writer, path, (member++).ToString(CultureInfo.InvariantCulture), _valueCalls++, CorpusRandom));
                    writer.Line();
                    Payloads.Add(WriteValuePayload(writer, path, (member++).ToString(CultureInfo.InvariantCulture), _valuePayloads++, CorpusRandom));
                }
            }
            else
            {
                Payloads.Add(WritePayload(writer, path, suffix, _payloads++, CorpusRandom));
            }

            while (writer.LineCount < ((long)targetLines * (item + 1) / planted) - 2)
            {
                writer.Line();
                WriteFiller(writer, feature, (member++).ToString(CultureInfo.InvariantCulture));
            }
        }

        return Finish(writer, path, feature);
    }

    private void WriteFiller(CodeWriter writer, string feature, string suffix)
    {
        if (!PeerMistakes.TryWrite(writer, CorpusRandom, LinesWritten + writer.LineCount, suffix))
        {
            int template = CorpusRandom.Pick(FillerMembers.LinqAndFormatting);
            FillerMembers.Write(writer, CorpusRandom, template, feature, CorpusRandom.Pick(Vocabulary.Nouns), suffix);
        }
    }

    /// <summary>A call of the wrapper that leaves <c>model</c> to its default, in one of three argument forms; every other one is rejected.</summary>
    protected override PlantedRequest WriteVideoRequest(CodeWriter writer, string path, string feature, string suffix, int index, Random random)
    {
        bool rejected = index % 2 == 1;
        string seconds = random.Pick(rejected ? RejectedSeconds : AcceptedSeconds);
        string noun = random.Pick(Vocabulary.Nouns);
        string prompt = random.Pick(Vocabulary.Prompts);
        int start = writer.LineCount;
        string call = random.Next(3) switch
        {
            0 => $"await _studio.CreateVideoAsync(prompt, {seconds}).ConfigureAwait(false)",
            1 => $"await _studio.CreateVideoAsync(prompt, seconds: {seconds}).ConfigureAwait(false)",
            _ => "await _studio.CreateVideoAsync(seconds: clipSeconds, prompt: prompt).ConfigureAwait(false)",
        };
        writer.Block($$"""
            public async Task<string> Render{{noun}}Teaser{{suffix}}Async(string topic, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                const int clipSeconds = {{seconds}};
                string prompt = "{{prompt}}, about " + topic;
                string videoId = {{call}};
                Logger.LogInformation("Queued a {Seconds}-second teaser {VideoId} for {Topic}", clipSeconds, videoId, topic);
                return videoId;
            }
            """);
        return new PlantedRequest(path, start, writer.LineCount - 1, RequestShape.CallOmittedDefaults, rejected ? "SORA001" : null);
    }

    /// <summary>
    /// A call of the wrapper whose seconds are computed, in the shapes of <see cref="ValueCallShapes"/> in turn, every other
    /// one rejected. Every other pair of rounds writes a shape's second form: an arm known only at run time (never the
    /// rejected one), or for a readonly value a get-only property.
    /// </summary>
    private static PlantedRequest WriteValueCall(CodeWriter writer, string path, string suffix, int index, Random random)
    {
        RequestShape shape = ValueCallShapes[index % ValueCallShapes.Length];

        // Every other call is rejected, the turn shifting by one each round, so that every shape has both.
        bool rejected = (index + (index / ValueCallShapes.Length)) % 2 == 1;
        bool secondForm = (index / (2 * ValueCallShapes.Length)) % 2 == 1;
        string seconds = random.Pick(rejected ? RejectedSeconds : AcceptedSeconds);
        string[] others = AcceptedSeconds.Where(s => s != seconds).ToArray();
        string noun = random.Pick(Vocabulary.Nouns);
        string prompt = random.Pick(Vocabulary.Prompts);
        string field = $"{noun}CutSeconds{suffix}";
        int start = writer.LineCount;
        if (shape == RequestShape.ReadonlyField)
        {
            writer.Line(secondForm ? $"private static int {field} {{ get; }} = {seconds};" : $"private static readonly int {field} = {seconds};");
            writer.Line();
        }

        string computed = shape switch
        {
            RequestShape.Conditional => secondForm ? $"longer ? requestedSeconds : {seconds}" : $"longer ? {others[0]} : {seconds}",
            RequestShape.SwitchExpression => secondForm
                ? $"tier switch {{ \"pro\" => {others[0]}, \"custom\" => requestedSeconds, _ => {seconds} }}"
                : $"tier switch {{ \"pro\" => {others[0]}, \"draft\" => {seconds}, _ => {others[1]} }}",
            RequestShape.NullCoalescingFallback => $"configuredSeconds ?? {seconds}",
            RequestShape.ReadonlyField => field,
            _ => "cutSeconds",
        };

        // The statements that give the local its value, a blank line after them.
        string locals = (shape, secondForm) switch
        {
            (RequestShape.LocalAssignedOnceComputed, true) => $"int cutSeconds = configuredSeconds ?? {seconds};\n\n",
            (RequestShape.LocalAssignedOnceComputed, false) => $"int cutSeconds = longer ? {others[0]} : {seconds};\n\n",
            (RequestShape.LocalAssignedInBranches, true) => $"int cutSeconds;\nswitch (tier)\n{{\n    case \"pro\":\n        cutSeconds = {others[0]};\n        break;\n    case \"custom\":\n        cutSeconds = requestedSeconds;\n        break;\n    default:\n        cutSeconds = {seconds};\n        break;\n}}\n\n",
            (RequestShape.LocalAssignedInBranches, false) => $"int cutSeconds;\nif (longer)\n{{\n    cutSeconds = {others[0]};\n}}\nelse\n{{\n    cutSeconds = {seconds};\n}}\n\n",
            _ => string.Empty,
        };
        string call = random.Next(2) == 0
            ? $"await _studio.CreateVideoAsync(prompt, {computed}).ConfigureAwait(false)"
            : $"await _studio.CreateVideoAsync(prompt, seconds: {computed}).ConfigureAwait(false)";
        writer.Open($"public async Task<string> Render{noun}Cut{suffix}Async(string topic, bool longer, string tier, int requestedSeconds, int? configuredSeconds, CancellationToken cancellationToken)");
        writer.Block($$"""
            cancellationToken.ThrowIfCancellationRequested();
            string prompt = "{{prompt}}, about " + topic;
            {{locals}}string videoId = {{call}};
            Logger.LogInformation("Queued a {Tier} cut {VideoId} for {Topic}", tier, videoId, topic);
            return videoId;
            """);
        writer.Close();
        return new PlantedRequest(path, start, writer.LineCount - 1, shape, rejected ? "SORA001" : null);
    }

    /// <summary>
    /// A method that sends a payload that is not a video request with computed values, of one of four kinds: a chat body
    /// whose model is one of two, a responses body written after its creation (its model too, in a branch), an image body
    /// whose model comes from a switch and whose size is built from two constants, a transcription body whose model falls
    /// back with <c>??</c> and whose seconds are a readonly field.
    /// </summary>
    private static PlantedPayload WriteValuePayload(CodeWriter writer, string path, string suffix, int index, Random random)
    {
        string noun = random.Pick(Vocabulary.Nouns);
        const string ReadBody = "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);";
        int start = writer.LineCount;
        switch (index % ValuePayloadKinds)
        {
            case 0:
                writer.Block($$"""
                    public async Task<string> Summarize{{noun}}{{suffix}}Async(string text, bool detailed, CancellationToken cancellationToken)
                    {
                        var body = new { model = detailed ? "gpt-4.1" : "{{random.Pick(Vocabulary.ChatModels)}}", max_tokens = detailed ? 1024 : 256, messages = new[] { new { role = "user", content = text } } };
                        using var response = await Http.PostAsJsonAsync("v1/chat/completions", body, cancellationToken).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        {{ReadBody}}
                    }
                    """);
                break;
            case 1:
                writer.Block($$"""
                    public async Task<string> Review{{noun}}{{suffix}}Async(string text, bool detailed, CancellationToken cancellationToken)
                    {
                        var fields = new Dictionary<string, object> { ["model"] = "{{random.Pick(Vocabulary.ChatModels)}}", ["input"] = text };
                        fields["max_output_tokens"] = {{random.Next(64, 1024)}};
                        fields.TryAdd("temperature", 0.2);
                        if (detailed)
                        {
                            fields["model"] = "gpt-4.1";
                        }

                        using var response = await Http.PostAsJsonAsync("v1/responses", fields, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
            case 2:
                writer.Block($$"""
                    private const int {{noun}}BannerWidth{{suffix}} = 1792;
                    private const int {{noun}}BannerHeight{{suffix}} = 1024;

                    public async Task<string> Illustrate{{noun}}{{suffix}}Async(string description, string quality, CancellationToken cancellationToken)
                    {
                        var body = new { model = quality switch { "hd" => "dall-e-3", _ => "gpt-image-1" }, prompt = description, size = $"{{{noun}}BannerWidth{{suffix}}}x{{{noun}}BannerHeight{{suffix}}}" };
                        using var response = await Http.PostAsJsonAsync("v1/images/generations", body, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
            default:
                writer.Block($$"""
                    private static readonly int {{noun}}ExcerptSeconds{{suffix}} = {{random.Next(10, 120)}};

                    public async Task<string> Caption{{noun}}{{suffix}}Async(string? model, CancellationToken cancellationToken)
                    {
                        var options = new { model = model ?? "{{random.Pick(TranscriptionModels)}}", language = "en", seconds = {{noun}}ExcerptSeconds{{suffix}} };
                        using var response = await Http.PostAsJsonAsync("v1/audio/transcriptions", options, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
        }

        return new PlantedPayload(path, start, writer.LineCount - 1);
    }

    /// <summary>A method that builds and sends one payload that is not a video request, of one of five kinds.</summary>
    private static PlantedPayload WritePayload(CodeWriter writer, string path, string suffix, int index, Random random)
    {
        string noun = random.Pick(Vocabulary.Nouns);
        const string ReadBody = "return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);";
        int start = writer.LineCount;
        switch (index % PayloadKinds)
        {
            case 0:
                writer.Block($$"""
                    public async Task<string> Answer{{noun}}Question{{suffix}}Async(string question, CancellationToken cancellationToken)
                    {
                        var body = new { model = "{{random.Pick(Vocabulary.ChatModels)}}", temperature = 0.{{random.Next(0, 9)}}, messages = new[] { new { role = "user", content = question } } };
                        using var response = await Http.PostAsJsonAsync("v1/chat/completions", body, cancellationToken).ConfigureAwait(false);
                        response.EnsureSuccessStatusCode();
                        {{ReadBody}}
                    }
                    """);
                break;
            case 1:
                writer.Block($$"""
                    public async Task<string> Draft{{noun}}Reply{{suffix}}Async(string text, CancellationToken cancellationToken)
                    {
                        var fields = new Dictionary<string, object>
                        {
                            ["model"] = "{{random.Pick(Vocabulary.ChatModels)}}",
                            ["input"] = text,
                            ["max_output_tokens"] = {{random.Next(64, 1024)}},
                        };
                        using var response = await Http.PostAsJsonAsync("v1/responses", fields, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
            case 2:
                writer.Block($$"""
                    private const string {{noun}}TranscriptOptions{{suffix}} = "{\"model\":\"{{random.Pick(TranscriptionModels)}}\",\"language\":\"en\",\"seconds\":{{random.Next(10, 120)}}}";

                    public async Task<string> Transcribe{{noun}}Call{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        using var content = new StringContent({{noun}}TranscriptOptions{{suffix}}, Encoding.UTF8, "application/json");
                        using var response = await Http.PostAsync("v1/audio/transcriptions", content, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
            case 3:
                writer.Block($$""""
                    public async Task<string> Announce{{noun}}{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        var json = """{"model": "{{random.Pick(SpeechModels)}}", "voice": "alloy", "seconds": {{random.Next(5, 30)}}, "input": "News about {{random.Pick(Topics)}}."}""";
                        using var content = new StringContent(json, Encoding.UTF8, "application/json");
                        using var response = await Http.PostAsync("v1/audio/speech", content, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """");
                break;
            default:
                writer.Block($$"""
                    public async Task<string> Open{{noun}}Session{{suffix}}Async(CancellationToken cancellationToken)
                    {
                        var session = new { model = "gpt-4o-realtime-preview", voice = "verse", seconds = {{random.Next(30, 600)}}, modalities = new[] { "audio", "text" } };
                        using var response = await Http.PostAsJsonAsync("v1/realtime/sessions", session, cancellationToken).ConfigureAwait(false);
                        {{ReadBody}}
                    }
                    """);
                break;
        }

        return new PlantedPayload(path, start, writer.LineCount - 1);
    }

    // The five kinds of WritePayload, without the code that sends them.
    protected override void WritePayloadAlone(CodeWriter writer, string feature, string suffix, int index, Random random)
    {
        string noun = random.Pick(Vocabulary.Nouns);
        writer.Line((index % PayloadKinds) switch
        {
            0 => $"public static object {noun}ChatBody{suffix}(string question) => new {{ model = \"{random.Pick(Vocabulary.ChatModels)}\", temperature = 0.{random.Next(0, 9)}, messages = new[] {{ new {{ role = \"user\", content = question }} }} }};",
            1 => $"public static Dictionary<string, object> {noun}ReplyFields{suffix}(string text) => new Dictionary<string, object> {{ [\"model\"] = \"{random.Pick(Vocabulary.ChatModels)}\", [\"input\"] = text, [\"max_output_tokens\"] = {random.Next(64, 1024)} }};",
            2 => $"private const string {noun}TranscriptOptions{suffix} = \"{{\\\"model\\\":\\\"{random.Pick(TranscriptionModels)}\\\",\\\"language\\\":\\\"en\\\",\\\"seconds\\\":{random.Next(10, 120)}}}\";",
            3 => $"private const string {noun}SpeechRequest{suffix} = \"\"\"{{\"model\": \"{random.Pick(SpeechModels)}\", \"voice\": \"alloy\", \"seconds\": {random.Next(5, 30)}, \"input\": \"News about {random.Pick(Topics)}.\"}}\"\"\";",
            _ => $"public static object {noun}Session{suffix} => new {{ model = \"gpt-4o-realtime-preview\", voice = \"verse\", seconds = {random.Next(30, 600)}, modalities = new[] {{ \"audio\", \"text\" }} }};",
        });
    }
}
