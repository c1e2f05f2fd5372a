using System;
using System.Collections.Generic;
using System.Globalization;

namespace Sora.Analyzers.Benchmarks.Corpus;

/// <summary>
/// Writes the candidates corpus of issue 20, deterministic for a seed: every file is one class of exactly
/// <see cref="MethodsPerFile"/> methods, each of which builds and sends three payloads that are not video requests, a chat
/// body as an anonymous object with <c>model = "gpt-4o"</c>, a <c>Dictionary&lt;string, object&gt;</c> with
/// <c>["model"] = "text-embedding-3-small"</c> and a JSON string with <c>"model"</c> and <c>"seconds"</c> keys, among a
/// LINQ query and a <c>string.Format</c>. Two of the methods also call the wrapper
/// <c>VideoStudio.CreateVideoAsync(string prompt, int seconds, string model = "sora-2")</c>, one with a duration sora-2
/// accepts and one with a duration it rejects (SORA001). Unlike the dense corpus, a file has no other code: its size is
/// fixed, and the number of files gives the corpus its size (<see cref="LinesPerFile"/>).
/// </summary>
internal sealed class CandidatesCorpusGenerator : CorpusGenerator
{
    public const int MethodsPerFile = 25;

    /// <summary>About how many lines a file has (its class, 25 methods, the two wrapper calls): sets the file count of a corpus size.</summary>
    public const int LinesPerFile = 366;

    /// <summary>What the cost-attribution variants add to every file (docs/performance.md, "Cost per video request and per non-video payload").</summary>
    public static readonly CorpusExtras AttributionExtras = new CorpusExtras(VideoRequestsPerFile: 10, PayloadsPerFile: 60);

    /// <summary>The methods that also call the wrapper: the first with an accepted duration, the second with a rejected one.</summary>
    private static readonly int[] VideoCallMethods = { 8, 20 };

    private const int PayloadKinds = 3;

    // Durations for the wrapper's default model, sora-2, as the dense corpus draws them.
    private static readonly string[] AcceptedSeconds = DenseCorpusGenerator.AcceptedSeconds;
    private static readonly string[] RejectedSeconds = DenseCorpusGenerator.RejectedSeconds;

    private static readonly string[] Statuses = { "Cancelled", "Refunded", "OnHold" };

    public CandidatesCorpusGenerator(int seed, CorpusExtras extras)
        : base(seed, extras)
    {
    }

    protected override IEnumerable<SourceFile> SharedFiles() => SharedFilesWithVideoStudio();

    // The target size is ignored: a file of this corpus is always the same 25 methods (the file count sizes the corpus).
    protected override SourceFile WriteFile(int index, int targetLines)
    {
        (string area, string feature) = AreaAndFeature(index);
        string className = feature + "Copilot" + index.ToString(CultureInfo.InvariantCulture);
        string path = $"Copilots/{area}/{className}.cs";

        CodeWriter writer = StartVideoStudioClass(
            $"Contoso.Copilots.{area}{index}",
            $"Chat, embedding and transcription calls for {feature.ToLowerInvariant()}s, and two generated clips.",
            className);

        for (int method = 0; method < MethodsPerFile; method++)
        {
            writer.Line();
            int videoCall = Array.IndexOf(VideoCallMethods, method);
            WriteMethod(writer, path, method.ToString(CultureInfo.InvariantCulture), videoCall);
        }

        return Finish(writer, path, feature);
    }

    /// <summary>
    /// One of the 25 methods: the three payloads, each planted as a non-video payload on its line, a LINQ query, a
    /// <c>string.Format</c> (a CA2241 mistake when one is due), the three sends; with <paramref name="videoCall"/> 0 or 1,
    /// also a wrapper call (accepted, then rejected) and a log call (a CA2017 mistake when one is due).
    /// </summary>
    private void WriteMethod(CodeWriter writer, string path, string suffix, int videoCall)
    {
        Random random = CorpusRandom;
        string noun = random.Pick(Vocabulary.Nouns);
        bool formatMistake = PeerMistakes.TakeFormatMistake(LinesWritten + writer.LineCount);
        string formatArguments = formatMistake ? "recent.Count, recent.Sum()" : "recent.Count, recent.Sum(), question";
        writer.Open($"public async Task<string> Answer{noun}Question{suffix}Async(string question, CancellationToken cancellationToken)");
        AddPayload(writer, path, "var chat = new { model = \"gpt-4o\", temperature = 0.2, messages = new[] { new { role = \"user\", content = question } } };");
        AddPayload(writer, path, "var embedding = new Dictionary<string, object> { [\"model\"] = \"text-embedding-3-small\", [\"input\"] = question };");
        AddPayload(writer, path, $"const string Transcription = \"{{\\\"model\\\":\\\"whisper-1\\\",\\\"language\\\":\\\"en\\\",\\\"seconds\\\":{random.Next(10, 120)}}}\";");
        writer.Line("var orders = await Orders.ListAsync(cancellationToken).ConfigureAwait(false);");
        writer.Line($"var recent = orders.Where(o => o.Status != \"{random.Pick(Statuses)}\").OrderByDescending(o => o.PlacedAt).Take({random.Next(3, 20)}).Select(o => o.Total).ToList();");
        writer.Line($"string summary = string.Format(CultureInfo.InvariantCulture, \"{{0}} recent orders, {{1:F2}} in total, about {{2}}\", {formatArguments});");
        writer.Line("using var chatResponse = await Http.PostAsJsonAsync(\"v1/chat/completions\", chat, cancellationToken).ConfigureAwait(false);");
        writer.Line("using var embeddingResponse = await Http.PostAsJsonAsync(\"v1/embeddings\", embedding, cancellationToken).ConfigureAwait(false);");
        writer.Line("using var transcriptResponse = await Http.PostAsync(\"v1/audio/transcriptions\", new StringContent(Transcription, Encoding.UTF8, \"application/json\"), cancellationToken).ConfigureAwait(false);");
        if (videoCall >= 0)
        {
            bool rejected = videoCall == 1;
            string seconds = random.Pick(rejected ? RejectedSeconds : AcceptedSeconds);
            int line = writer.LineCount;
            writer.Line($"string clipId = await _studio.CreateVideoAsync(\"A short clip about \" + question, {seconds}).ConfigureAwait(false);");
            Requests.Add(new PlantedRequest(path, line, line, RequestShape.CallOmittedDefaults, rejected ? "SORA001" : null));
            string logArguments = PeerMistakes.TakeLoggingMistake(LinesWritten + writer.LineCount) ? "clipId" : "clipId, question";
            writer.Line($"Logger.LogInformation(\"Queued clip {{VideoId}} about {{Question}}\", {logArguments});");
            writer.Line("return summary + clipId;");
        }
        else
        {
            writer.Line("return summary;");
        }

        writer.Close();
    }

    private void AddPayload(CodeWriter writer, string path, string line)
    {
        int start = writer.LineCount;
        writer.Line(line);
        Payloads.Add(new PlantedPayload(path, start, start));
    }

    /// <summary>A method whose only work is a wrapper call that leaves <c>model</c> to its default; every other one is rejected.</summary>
    protected override PlantedRequest WriteVideoRequest(CodeWriter writer, string path, string feature, string suffix, int index, Random random)
    {
        bool rejected = index % 2 == 1;
        string seconds = random.Pick(rejected ? RejectedSeconds : AcceptedSeconds);
        int start = writer.LineCount;
        writer.Block($$"""
            public async Task<string> Render{{random.Pick(Vocabulary.Nouns)}}Clip{{suffix}}Async(string topic)
            {
                return await _studio.CreateVideoAsync("A short clip about " + topic, {{seconds}}).ConfigureAwait(false);
            }
            """);
        return new PlantedRequest(path, start, writer.LineCount - 1, RequestShape.CallOmittedDefaults, rejected ? "SORA001" : null);
    }

    // The three payloads of a method, each alone, without the code that sends them.
    protected override void WritePayloadAlone(CodeWriter writer, string feature, string suffix, int index, Random random)
    {
        string noun = random.Pick(Vocabulary.Nouns);
        writer.Line((index % PayloadKinds) switch
        {
            0 => $"public static object {noun}ChatBody{suffix}(string question) => new {{ model = \"gpt-4o\", temperature = 0.2, messages = new[] {{ new {{ role = \"user\", content = question }} }} }};",
            1 => $"public static Dictionary<string, object> {noun}EmbeddingFields{suffix}(string question) => new Dictionary<string, object> {{ [\"model\"] = \"text-embedding-3-small\", [\"input\"] = question }};",
            _ => $"private const string {noun}Transcription{suffix} = \"{{\\\"model\\\":\\\"whisper-1\\\",\\\"language\\\":\\\"en\\\",\\\"seconds\\\":{random.Next(10, 120)}}}\";",
        });
    }
}
