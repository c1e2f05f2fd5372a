namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>The code of the consumer projects: an app with one mistake per rule, as the README's sample has.</summary>
public static class ConsumerSources
{
    /// <summary>The kind of thin wrapper over POST /v1/videos that applications write.</summary>
    public const string VideoStudio = """
        namespace Consumer;

        public sealed class VideoStudio
        {
            public Task<string> CreateVideoAsync(string prompt, string model = "sora-2", int seconds = 4, string size = "1280x720")
                => Task.FromResult($"queued {model} {seconds}s {size}: {prompt}");
        }

        """;

    public const string Program = """
        using Consumer;

        var studio = new VideoStudio();

        // SORA001: sora-2 renders 4, 8 or 12 seconds (10 is a tie: the fix takes 8).
        await studio.CreateVideoAsync("A red fox runs through snow", model: "sora-2", seconds: 10);

        // SORA002: the model is called 'sora-2'.
        await studio.CreateVideoAsync("Drone shot over a harbour", model: "sora2", seconds: 8);

        // SORA003: 1792x1024 is a sora-2-pro size; the landscape size of sora-2 is 1280x720.
        await studio.CreateVideoAsync("Timelapse of a city at night", model: "sora-2", seconds: 8, size: "1792x1024");

        // Valid in the default table (apiyi); with sora_analyzers.rule_table = openai, sora-2-pro renders 4, 8 or 12 seconds.
        await studio.CreateVideoAsync("A calm lake at dawn", model: "sora-2-pro", seconds: 15, size: "1792x1024");

        """;

    /// <summary><see cref="Program"/> after <c>dotnet format analyzers</c>: each value replaced by its first fix, nothing else changed.</summary>
    public const string ProgramFixed = """
        using Consumer;

        var studio = new VideoStudio();

        // SORA001: sora-2 renders 4, 8 or 12 seconds (10 is a tie: the fix takes 8).
        await studio.CreateVideoAsync("A red fox runs through snow", model: "sora-2", seconds: 8);

        // SORA002: the model is called 'sora-2'.
        await studio.CreateVideoAsync("Drone shot over a harbour", model: "sora-2", seconds: 8);

        // SORA003: 1792x1024 is a sora-2-pro size; the landscape size of sora-2 is 1280x720.
        await studio.CreateVideoAsync("Timelapse of a city at night", model: "sora-2", seconds: 8, size: "1280x720");

        // Valid in the default table (apiyi); with sora_analyzers.rule_table = openai, sora-2-pro renders 4, 8 or 12 seconds.
        await studio.CreateVideoAsync("A calm lake at dawn", model: "sora-2-pro", seconds: 15, size: "1792x1024");

        """;

    /// <summary>A request for the team's own model: unknown (SORA002) unless a sora-rules.json describes it.</summary>
    public const string Team = """
        namespace Consumer;

        public static class Team
        {
            public static Task<string> TrailerAsync(VideoStudio studio)
                => studio.CreateVideoAsync("Team trailer", model: "sora-3", seconds: 20);
        }

        """;

    /// <summary>The team's rule table: sora-3 renders 10 or 20 seconds.</summary>
    public const string TeamRules = """
        {
          "extends": "apiyi",
          "models": [
            { "name": "sora-3", "seconds": [10, 20], "defaultSeconds": 10, "sizes": ["1280x720", "720x1280"], "audio": false }
          ]
        }

        """;

    /// <summary>A rule table whose model lists no durations: SORA900 on the empty list.</summary>
    public const string MalformedTeamRules = """
        {
          "extends": "apiyi",
          "models": [
            { "name": "sora-3", "seconds": [], "sizes": ["1280x720"] }
          ]
        }

        """;

    /// <summary>
    /// A client written for OpenAI's contract of POST /v1/videos (seconds as a string, five body fields), in each payload
    /// shape: an anonymous object, a dictionary, JSON text, and a model chosen at run time.
    /// </summary>
    public const string OpenAIVideos = """
        using System.Globalization;
        using System.Net.Http.Json;
        using System.Text;

        namespace Consumer;

        public sealed class OpenAIVideos(HttpClient http, string configuredModel)
        {
            // SORA005: seconds goes as the string "8". SORA006: the endpoint knows no n_variants.
            public Task<HttpResponseMessage> CreateAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds = 8, n_variants = 1 });

            // SORA005 on a computed duration: the fix sends its invariant text.
            public Task<HttpResponseMessage> CreateClipAsync(string prompt, TimeSpan length)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt, seconds = (int)length.TotalSeconds, size = "1792x1024" });

            // SORA006: the duration field is called seconds.
            public Task<HttpResponseMessage> CreateFromDictionaryAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new Dictionary<string, object>
                {
                    ["model"] = "sora-2",
                    ["prompt"] = prompt,
                    ["duration"] = "8",
                });

            // SORA005 inside JSON text.
            public Task<HttpResponseMessage> CreateFromJsonAsync()
                => http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"prompt\":\"A paper boat\",\"seconds\":4}", Encoding.UTF8, "application/json"));

            // A model from configuration: a duration no model of the table takes is still SORA001.
            public Task<HttpResponseMessage> CreateWithConfiguredModelAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt, seconds = "10" });
        }

        """;

    /// <summary><see cref="OpenAIVideos"/> after <c>dotnet format analyzers --diagnostics SORA005 SORA006</c>: the bodies follow the contract.</summary>
    public const string OpenAIVideosFixed = """
        using System.Globalization;
        using System.Net.Http.Json;
        using System.Text;

        namespace Consumer;

        public sealed class OpenAIVideos(HttpClient http, string configuredModel)
        {
            // SORA005: seconds goes as the string "8". SORA006: the endpoint knows no n_variants.
            public Task<HttpResponseMessage> CreateAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds = "8" });

            // SORA005 on a computed duration: the fix sends its invariant text.
            public Task<HttpResponseMessage> CreateClipAsync(string prompt, TimeSpan length)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt, seconds = ((int)length.TotalSeconds).ToString(CultureInfo.InvariantCulture), size = "1792x1024" });

            // SORA006: the duration field is called seconds.
            public Task<HttpResponseMessage> CreateFromDictionaryAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new Dictionary<string, object>
                {
                    ["model"] = "sora-2",
                    ["prompt"] = prompt,
                    ["seconds"] = "8",
                });

            // SORA005 inside JSON text.
            public Task<HttpResponseMessage> CreateFromJsonAsync()
                => http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"prompt\":\"A paper boat\",\"seconds\":\"4\"}", Encoding.UTF8, "application/json"));

            // A model from configuration: a duration no model of the table takes is still SORA001.
            public Task<HttpResponseMessage> CreateWithConfiguredModelAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt, seconds = "10" });
        }

        """;

    /// <summary>
    /// <see cref="OpenAIVideosFixed"/> with the switch of <c>SORA007</c> under <see cref="GatewayRules"/> too: each sora-2
    /// request names sora-3; sora-2-pro, removed without a replacement, stays.
    /// </summary>
    public const string OpenAIVideosSwitched = """
        using System.Globalization;
        using System.Net.Http.Json;
        using System.Text;

        namespace Consumer;

        public sealed class OpenAIVideos(HttpClient http, string configuredModel)
        {
            // SORA005: seconds goes as the string "8". SORA006: the endpoint knows no n_variants.
            public Task<HttpResponseMessage> CreateAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-3", prompt, seconds = "8" });

            // SORA005 on a computed duration: the fix sends its invariant text.
            public Task<HttpResponseMessage> CreateClipAsync(string prompt, TimeSpan length)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt, seconds = ((int)length.TotalSeconds).ToString(CultureInfo.InvariantCulture), size = "1792x1024" });

            // SORA006: the duration field is called seconds.
            public Task<HttpResponseMessage> CreateFromDictionaryAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new Dictionary<string, object>
                {
                    ["model"] = "sora-3",
                    ["prompt"] = prompt,
                    ["seconds"] = "8",
                });

            // SORA005 inside JSON text.
            public Task<HttpResponseMessage> CreateFromJsonAsync()
                => http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-3\",\"prompt\":\"A paper boat\",\"seconds\":\"4\"}", Encoding.UTF8, "application/json"));

            // A model from configuration: a duration no model of the table takes is still SORA001.
            public Task<HttpResponseMessage> CreateWithConfiguredModelAsync(string prompt)
                => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt, seconds = "10" });
        }

        """;

    /// <summary>An entry point for a consumer whose requests are all in a class: it sends nothing.</summary>
    public const string QuietProgram = """
        Console.WriteLine("The build checks the requests; this program sends none.");

        """;

    /// <summary>The .editorconfig of code that calls OpenAI's own endpoint.</summary>
    public const string OpenAIEditorConfig = """
        [*.cs]
        sora_analyzers.rule_table = openai

        """;

    /// <summary>
    /// A gateway that kept OpenAI's contract and lifecycle, served sora-2 longer than OpenAI did and now serves sora-3 in
    /// its place: SORA007 on sora-2 has a fix, on sora-2-pro (removed by openai, no replacement) none.
    /// </summary>
    public const string GatewayRules = """
        {
          "name": "acme-gateway",
          "extends": "openai",
          "models": [
            { "name": "sora-2", "removed": "2026-11-30", "replacement": "sora-3" },
            { "name": "sora-3", "seconds": [4, 8, 12, 20], "sizes": ["1280x720", "720x1280", "1920x1080", "1080x1920"] }
          ]
        }

        """;

    public static IReadOnlyDictionary<string, string> Baseline => new Dictionary<string, string>
    {
        ["Program.cs"] = Program,
        ["VideoStudio.cs"] = VideoStudio,
        ["Team.cs"] = Team,
    };

    /// <summary>The 1-based line and column of <paramref name="value"/> where it follows <paramref name="context"/> (which must occur once).</summary>
    public static (int Line, int Column) Find(string text, string context, string value)
    {
        int at = text.IndexOf(context + value, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(context + value, at + 1, StringComparison.Ordinal) < 0, $"'{context}{value}' must occur exactly once.");
        int offset = at + context.Length;
        int lineStart = text.LastIndexOf('\n', offset - 1) + 1;
        int line = text[..offset].Count(c => c == '\n') + 1;
        return (line, offset - lineStart + 1);
    }
}
