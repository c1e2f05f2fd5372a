using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>A diagnostic a generated source must produce: its id and the exact characters it sits on.</summary>
public readonly struct ExpectedDiagnostic
{
    public ExpectedDiagnostic(string id, int start, int length)
    {
        Id = id;
        Start = start;
        Length = length;
    }

    public string Id { get; }

    public int Start { get; }

    public int Length { get; }

    public override string ToString() => Id + "[" + Start.ToString(CultureInfo.InvariantCulture) + ".." + (Start + Length).ToString(CultureInfo.InvariantCulture) + ")";
}

/// <summary>One generated C# file (compile it alone, as a library) and the diagnostics the analyzer must report in it.</summary>
public sealed class PathologicalSource
{
    public PathologicalSource(string name, string text, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        Name = name;
        Text = text;
        Expected = expected;
    }

    public string Name { get; }

    /// <summary>The C# text, without markup.</summary>
    public string Text { get; }

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public override string ToString() => Name;
}

/// <summary>
/// Inputs far beyond what people write by hand (docs/robustness.md): each stays correct in the tests and must stay fast in the
/// benchmark, which can reuse this file as it is (it needs nothing but the base library: link it with
/// <c>&lt;Compile Include="..\..\tests\Sora.Analyzers.Tests\Robustness\PathologicalSources.cs" /&gt;</c>).
/// The sources declare the small video client they call, so they compile with the framework references alone
/// (System.Net.Http for the form). Generators write test markup (<c>{|SORA001:"10"|}</c>) around what must be
/// reported; <see cref="PathologicalSource.Text"/> has it removed and <see cref="PathologicalSource.Expected"/> says where it was.
/// </summary>
public static class PathologicalSources
{
    /// <summary>Every generator at the size docs/robustness.md names.</summary>
    public static IEnumerable<PathologicalSource> All()
    {
        yield return LargeJsonLiteral();
        yield return LargeDictionaryInitializer();
        yield return LargeDictionaryAddInitializer();
        yield return DeeplyParenthesizedArgument();
        yield return DeeplyNestedConcatenation();
        yield return ManyFormAdds();
        yield return ManyFormAddsSentToVideoCall();
        yield return LargeFile();
        yield return ManyCallsReadingOneLocal();
        yield return ManyPayloadLocals();
    }

    private const string VideoClient = @"
static class VideoClient
{
    public static void CreateVideo(string prompt, string? model = null, string? seconds = null, string? size = null) { }
}

class Studio
{
    public System.Threading.Tasks.Task<string> CreateVideoAsync(System.Net.Http.HttpContent form) => System.Threading.Tasks.Task.FromResult(""video_123"");
}
";

    /// <summary>A raw string literal of about <paramref name="bytes"/> characters of JSON, the request's members at its very end.</summary>
    public static PathologicalSource LargeJsonLiteral(int bytes = 1 << 20)
    {
        var markup = new StringBuilder(bytes + 1000);
        markup.Append("class App\n{\n    const string Payload = \"\"\"\n        {\"{|SORA006:items|}\": [\n");
        for (int i = 0; markup.Length < bytes; i++)
        {
            // Nested objects with a request key but no model are not requests (only the root may leave the model out): each is read and dropped.
            markup.Append("            {\"id\": ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(", \"name\": \"item ").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\", \"size\": \"large\", \"tags\": [\"a\", \"b\", {\"depth\": [1, 2.5, -3e2, true, false, null]}]},\n");
        }

        markup.Append("            {}],\n        \"model\": \"sora-2\", \"seconds\": \"{|SORA001:10|}\", \"size\": \"{|SORA003:1792x1024|}\"}\n        \"\"\";\n}\n");
        return FromMarkup("1 MB JSON literal", markup.ToString());
    }

    /// <summary>A dictionary initializer with <paramref name="entries"/> indexer entries, the request's at the end.</summary>
    public static PathologicalSource LargeDictionaryInitializer(int entries = 10_000)
    {
        var markup = new StringBuilder();
        markup.Append("using System.Collections.Generic;\n\nclass App\n{\n    Dictionary<string, object> Body() => new Dictionary<string, object>\n    {\n");
        for (int i = 0; i < entries - 2; i++)
        {
            markup.Append("        [\"prompt\"] = \"value ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\",\n");
        }

        markup.Append("        [\"model\"] = \"sora-2\",\n        [\"seconds\"] = {|SORA001:\"10\"|},\n    };\n}\n");
        return FromMarkup("10,000-entry dictionary initializer", markup.ToString());
    }

    /// <summary>The same with collection-initializer entries (<c>{ "key", value }</c>, one Add call each), the model first.</summary>
    public static PathologicalSource LargeDictionaryAddInitializer(int entries = 10_000)
    {
        var markup = new StringBuilder();
        markup.Append("using System.Collections.Generic;\n\nclass App\n{\n    Dictionary<string, object> Body() => new Dictionary<string, object>\n    {\n        { \"model\", {|SORA002:\"sora2\"|} },\n");
        for (int i = 0; i < entries - 2; i++)
        {
            markup.Append("        { \"prompt\", ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" },\n");
        }

        markup.Append("        { \"size\", \"1280x720\" },\n    };\n}\n");
        return FromMarkup("10,000-entry dictionary Add initializer", markup.ToString());
    }

    /// <summary>A seconds argument inside <paramref name="depth"/> parentheses: C# folds them away, the value is the literal.</summary>
    public static PathologicalSource DeeplyParenthesizedArgument(int depth = 2_000)
    {
        var markup = new StringBuilder();
        markup.Append("class App\n{\n    void Run() => VideoClient.CreateVideo(\"a fox\", \"sora-2\", ");
        markup.Append('(', depth).Append("{|SORA001:\"10\"|}").Append(')', depth);
        markup.Append(");\n}\n").Append(VideoClient);
        return FromMarkup("seconds argument in 2,000 parentheses", markup.ToString());
    }

    /// <summary>A constant seconds value written as <c>"1" + ("" + ("" + ... + "0"))</c>, <paramref name="depth"/> levels deep.</summary>
    public static PathologicalSource DeeplyNestedConcatenation(int depth = 2_000)
    {
        var markup = new StringBuilder();
        markup.Append("class App\n{\n    void Run() => VideoClient.CreateVideo(\"a fox\", \"sora-2\", seconds: {|SORA001:\"1\" + ");
        for (int i = 0; i < depth; i++)
        {
            markup.Append("(\"\" + ");
        }

        markup.Append("\"0\"").Append(')', depth).Append("|});\n}\n").Append(VideoClient);
        return FromMarkup("seconds concatenation nested 2,000 deep", markup.ToString());
    }

    /// <summary>
    /// One form with <paramref name="adds"/> <c>form.Add</c> calls, every one a request field (the worst case: each
    /// Add that writes a field looks at the whole form). The first value of a field wins, as the API reads it.
    /// </summary>
    public static PathologicalSource ManyFormAdds(int adds = 5_000) => Form(adds, sentToVideoCall: false);

    /// <summary>The same form without a model, sent to apiyi's video endpoint: each Add also follows the form into the call.</summary>
    public static PathologicalSource ManyFormAddsSentToVideoCall(int adds = 5_000) => Form(adds, sentToVideoCall: true);

    private static PathologicalSource Form(int adds, bool sentToVideoCall)
    {
        var markup = new StringBuilder();
        markup.Append("using System.Net.Http;\nusing System.Threading.Tasks;\n\nclass App\n{\n    async Task Run(HttpClient http, Studio studio)\n    {\n        using var form = new MultipartFormDataContent();\n");
        markup.Append(sentToVideoCall ? string.Empty : "        form.Add(new StringContent({|SORA007:\"sora-2\"|}), \"model\");\n");
        markup.Append("        form.Add(new StringContent({|SORA001:\"10\"|}), \"seconds\");\n");
        markup.Append("        form.Add(new StringContent({|SORA003:\"1792x1024\"|}), \"size\");\n");
        string[] fields = sentToVideoCall ? new[] { "seconds", "size", "prompt" } : new[] { "seconds", "size", "model", "prompt" };
        for (int i = sentToVideoCall ? 2 : 3; i < adds; i++)
        {
            string field = fields[i % fields.Length];
            string value = field == "seconds" ? "12" : field == "size" ? "1280x720" : field == "model" ? "sora-2-pro" : "prompt " + i.ToString(CultureInfo.InvariantCulture);
            markup.Append("        form.Add(new StringContent(\"").Append(value).Append("\"), \"").Append(field).Append("\");\n");
        }

        markup.Append(sentToVideoCall
            ? "        await http.PostAsync(\"https://api.apiyi.com/v1/videos\", form);\n"
            : "        await http.PostAsync(\"https://api.openai.com/v1/videos\", form);\n");
        markup.Append("    }\n}\n").Append(VideoClient);
        return FromMarkup(sentToVideoCall ? "5,000 form.Add calls, form posted to the videos endpoint" : "5,000 form.Add calls", markup.ToString());
    }

    /// <summary>
    /// One method of <paramref name="calls"/> video calls that all pass the same local (<c>var seconds = "10";</c>):
    /// each value read looks for the local's writes in its scope.
    /// </summary>
    public static PathologicalSource ManyCallsReadingOneLocal(int calls = 5_000)
    {
        var markup = new StringBuilder();
        markup.Append("class App\n{\n    void Run()\n    {\n        var seconds = \"10\";\n");
        for (int i = 0; i < calls; i++)
        {
            markup.Append("        VideoClient.CreateVideo(\"a fox\", \"sora-2\", {|SORA001:seconds|});\n");
        }

        markup.Append("    }\n}\n").Append(VideoClient);
        return FromMarkup("5,000 video calls reading one local", markup.ToString());
    }

    /// <summary>
    /// One method of <paramref name="payloads"/> payloads without a model, each held in a local of its own that is
    /// used once: each payload is followed through its local to see whether it reaches the video endpoint (the last one does).
    /// </summary>
    public static PathologicalSource ManyPayloadLocals(int payloads = 5_000)
    {
        var markup = new StringBuilder();
        markup.Append("class App\n{\n    void Run()\n    {\n");
        for (int i = 0; i < payloads; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            markup.Append("        var body").Append(n).Append(" = new { seconds = ").Append(i == payloads - 1 ? "{|SORA001:\"10\"|}" : "\"10\"").Append(" };\n");
            markup.Append(i == payloads - 1 ? "        System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(new System.Net.Http.HttpClient(), \"https://api.apiyi.com/v1/videos\", body" : "        System.Console.WriteLine(body").Append(n).Append(");\n");
        }

        markup.Append("    }\n}\n");
        return FromMarkup("5,000 payload locals", markup.ToString());
    }

    /// <summary>
    /// About <paramref name="lines"/> lines of ordinary code (classes, loops, lists, anonymous objects and JSON that
    /// are no requests) with a request of each shape here and there.
    /// </summary>
    public static PathologicalSource LargeFile(int lines = 50_000)
    {
        const int LinesPerClass = 22;
        int classes = Math.Max(4, lines / LinesPerClass);
        var markup = new StringBuilder(lines * 40);
        markup.Append("using System;\nusing System.Collections.Generic;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n\nnamespace Large\n{\n");
        for (int c = 0; c < classes; c++)
        {
            string n = c.ToString(CultureInfo.InvariantCulture);
            markup.Append("    class Worker").Append(n).Append("\n    {\n");
            markup.Append("        private readonly List<string> _items = new List<string>();\n");
            markup.Append("        public int Count(int limit)\n        {\n            int total = 0;\n");
            markup.Append("            for (int i = 0; i < limit; i++)\n            {\n                _items.Add(\"item \" + i);\n                total += i % 7;\n            }\n\n");
            markup.Append("            return total;\n        }\n\n");
            markup.Append("        public object Describe() => new { name = \"worker ").Append(n).Append("\", size = \"large\", count = ").Append(n).Append(" };\n\n");
            markup.Append("        public string Json() => \"{\\\"seconds\\\": ").Append(n).Append(", \\\"kind\\\": \\\"timer\\\"}\";\n\n");
            switch (classes / 4 == 0 ? -1 : c % (classes / 4) == classes / 8 ? c / (classes / 4) : -1)
            {
                case 0:
                    markup.Append("        public void Request() => VideoClient.CreateVideo(\"a fox\", \"sora-2\", {|SORA001:\"10\"|});\n");
                    break;
                case 1:
                    markup.Append("        public object Request() => new { model = {|SORA002:\"sora2\"|}, seconds = \"8\" };\n");
                    break;
                case 2:
                    markup.Append("        public string Request() => \"{\\\"model\\\": \\\"sora-2\\\", \\\"size\\\": \\\"{|SORA003:1792x1024|}\\\"}\";\n");
                    break;
                case 3:
                    markup.Append("        public async Task Request(HttpClient http)\n        {\n            using var form = new MultipartFormDataContent();\n");
                    markup.Append("            form.Add(new StringContent(\"sora-2-pro\"), \"model\");\n            form.Add(new StringContent({|SORA001:\"12\"|}), \"seconds\");\n");
                    markup.Append("            await http.PostAsync(\"https://example.com/v1/videos\", form);\n        }\n");
                    break;
                default:
                    markup.Append("        public string Name => \"worker\";\n");
                    break;
            }

            markup.Append("    }\n\n");
        }

        markup.Append("}\n").Append(VideoClient);
        return FromMarkup("50,000-line file", markup.ToString());
    }

    /// <summary>Removes <c>{|ID:</c> … <c>|}</c> markup (not nested) and records what it marked.</summary>
    public static PathologicalSource FromMarkup(string name, string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        int position = 0;
        while (position < markup.Length)
        {
            int open = markup.IndexOf("{|", position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(markup, position, markup.Length - position);
                break;
            }

            int colon = markup.IndexOf(':', open);
            int close = markup.IndexOf("|}", colon, StringComparison.Ordinal);
            text.Append(markup, position, open - position);
            string id = markup.Substring(open + 2, colon - open - 2);
            int start = text.Length;
            text.Append(markup, colon + 1, close - colon - 1);
            expected.Add(new ExpectedDiagnostic(id, start, text.Length - start));
            position = close + 2;
        }

        return new PathologicalSource(name, text.ToString(), expected);
    }
}
