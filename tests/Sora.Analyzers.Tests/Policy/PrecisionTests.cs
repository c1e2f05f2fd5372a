using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Policy;

/// <summary>
/// docs/design.md, "Precision": only Sora requests are checked, and a request is one only with evidence: a Sora model
/// (or a name close to one), a Sora client, a <c>/videos</c> URL, or a wrapper of any name whose parameters go into a
/// Sora request. "Video" in a method's name is no evidence.
/// </summary>
public class PrecisionTests
{
    private const string Usings = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Threading.Tasks;

        """;

    [Fact]
    public Task MediaAppCallsAreSilent()
        => Verify.AnalyzerAsync(Usings + """
            class Editor
            {
                async Task Run(Media media, string path)
                {
                    await media.TrimVideoAsync(path, seconds: 30);
                    await media.GetVideoThumbnailAsync(path, seconds: 5);
                    await media.ResizeVideoAsync(path, size: "1920x1080");
                    await media.GenerateVideoFromPrompt("a fox", "veo-3.1-generate-preview");
                }
            }

            class Media
            {
                public Task TrimVideoAsync(string path, int seconds) => Task.CompletedTask;
                public Task GetVideoThumbnailAsync(string path, int seconds, string size = "320x180") => Task.CompletedTask;
                public Task ResizeVideoAsync(string path, string size) => Task.CompletedTask;
                public Task GenerateVideoFromPrompt(string prompt, string model, int seconds = 10) => Task.CompletedTask;
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task AMultiProviderServiceReportsOnlyItsSoraMistakes()
        => Verify.AnalyzerAsync(Usings + """
            interface IVideoProvider
            {
                Task GenerateAsync(string prompt, string model, int seconds, string size);
            }

            class Service
            {
                async Task Run(IVideoProvider provider)
                {
                    await provider.GenerateAsync("a fox", "veo-3.1-generate-preview", 8, "1920x1080");
                    await provider.GenerateAsync("a fox", "kling-v2-master", 10, "1920x1080");
                    await provider.GenerateAsync("a fox", "runway-gen4-turbo", 10, "1280x768");
                    await provider.GenerateAsync("a fox", "luma-ray-2", 9, "1920x1080");
                    await provider.GenerateAsync("a fox", "wan2.7-t2v", 5, "1280x720");
                    await provider.GenerateAsync("a fox", "gpt-image-1", 5, "1024x1024");
                    await provider.GenerateAsync("a fox", "sora-2", {|SORA001:10|}, "1280x720");
                    await provider.GenerateAsync("a fox", {|SORA002:"sora2"|}, 10, "1280x720");
                    await provider.GenerateAsync("a fox", {|SORA002:"sora-3"|}, 10, "1280x720");
                }
            }
            """);

    /// <summary>Without a model, a payload sent to the video endpoint means the default model of the table chosen for it.</summary>
    [Theory]
    [Trait("Rule", "SORA001")]
    [InlineData("await http.PostAsJsonAsync(\"v1/videos\", BODY);")]
    [InlineData("await http.PutAsJsonAsync($\"{baseUrl}/videos\", BODY);")]
    [InlineData("await http.PostAsync(new Uri(\"openai/v1/videos?api-version=preview\", UriKind.Relative), JsonContent.Create(BODY));")]
    [InlineData("await http.PostAsync(baseUrl + \"/v1/videos\", new StringContent(JsonSerializer.Serialize(BODY)));")]
    [InlineData("var url = $\"{baseUrl}/videos\"; var content = JsonContent.Create(BODY); await http.PostAsync(url, content);")]
    [InlineData("var request = new HttpRequestMessage(HttpMethod.Post, \"v1/videos\") { Content = JsonContent.Create(BODY) }; await http.SendAsync(request);")]
    [InlineData("var request = new HttpRequestMessage(HttpMethod.Post, \"v1/videos\"); request.Content = JsonContent.Create(BODY); await http.SendAsync(request);")]
    public Task APayloadPostedToTheVideosEndpointIsAVideoRequestOfTheChosenTable(string send)
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http, string baseUrl)
                {
                    SEND
                }
            }
            """.Replace("SEND", send.Replace("BODY", "new { prompt = \"a fox\", seconds = {|SORA001:\"10\"|} }")), Verify.Choosing("apiyi"));

    /// <summary>
    /// The same requests with the default table alone: `/v1/videos` serves many providers' models, so a request that
    /// names no model says nothing about whose limits apply.
    /// </summary>
    [Theory]
    [InlineData("await http.PostAsJsonAsync(\"v1/videos\", BODY);")]
    [InlineData("await http.PutAsJsonAsync($\"{baseUrl}/videos\", BODY);")]
    [InlineData("var request = new HttpRequestMessage(HttpMethod.Post, \"v1/videos\") { Content = JsonContent.Create(BODY) }; await http.SendAsync(request);")]
    public Task WithTheDefaultTableAloneARequestWithoutAModelIsSilent(string send)
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http, string baseUrl)
                {
                    SEND
                }
            }
            """.Replace("SEND", send.Replace("BODY", "new { prompt = \"a fox\", seconds = \"10\", duration = 5 }")));

    [Theory]
    [InlineData("await http.PostAsJsonAsync(\"v1/images/generations\", new { prompt = \"a fox\", size = \"1792x1024\" });")]
    [InlineData("await http.PostAsJsonAsync(\"v1/chat/completions\", new { model = \"gpt-4o\", seconds = \"10\" });")]
    [InlineData("await http.PostAsJsonAsync(\"v1/videos\", new { model = \"veo-3.1-generate-preview\", seconds = \"10\" });")]
    [InlineData("await http.PostAsJsonAsync(\"v1/videos\", new { model = configuredModel, seconds = \"10\" });")]
    [InlineData("var request = new HttpRequestMessage(HttpMethod.Get, \"v1/videos\") { Content = JsonContent.Create(new { seconds = \"10\" }) }; await http.SendAsync(request);")]
    public Task OtherEndpointsAndOtherModelsAreSilent(string send)
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    SEND
                }
            }
            """.Replace("SEND", send));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task AFormPostedToTheVideosEndpointIsASoraRequest()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("a fox"), "prompt");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    form.Add(new StringContent({|SORA003:"1792x1024"|}), "size");
                    await http.PostAsync("v1/videos", form);
                }
            }
            """, Verify.Choosing("apiyi"));

    /// <summary>A wrapper of any name: the caller's constants are checked, on the caller's arguments.</summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task AWrapperOfAnyNameIsCheckedAtItsCallSites()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    await studio.Sora("a fox", {|SORA003:"1920x1080"|}, {|SORA001:10|});
                    await studio.Sora("a fox", "1280x720", 8);
                    await studio.Render("a fox", {|SORA001:15|});
                }
            }

            class Studio
            {
                private readonly HttpClient _http = new();

                public Task Sora(string prompt, string size, int seconds)
                    => _http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, size, seconds = seconds.ToString() });

                // Two levels deep, and the size fixed here.
                public Task Render(string prompt, int length) => Sora(prompt, "1280x720", length);
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AWrapperThatTakesTheModelIsASoraRequestOnlyForSoraModels()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    await studio.MakeClip("a fox", "sora-2", {|SORA001:"10"|});
                    await studio.MakeClip("a fox", "veo-3.1-generate-preview", "10");
                    await studio.MakeClip("a fox", "kling-v2-master", "10");
                }
            }

            class Studio
            {
                private readonly HttpClient _http = new();

                public Task MakeClip(string prompt, string model, string seconds)
                {
                    var body = new { model, prompt, seconds = $"{seconds}" };
                    return _http.PostAsJsonAsync("https://relay.example/v1/videos", body);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task WrappersDeclaredElsewhereGenericExtensionAndLocalFunctions()
        => new Verify.AnalyzerTest
        {
            TestState =
            {
                Sources =
                {
                    Usings + """
                    static class App
                    {
                        static async Task Run(HttpClient http)
                        {
                            await http.SubmitClip("a fox", {|SORA001:20|});
                            await Clips.Send<string>("a fox", {|SORA001:20|});
                            await Local({|SORA001:20|});

                            Task Local(int length) => Clips.Send<int>("a local fox", length);
                        }
                    }
                    """,
                    Usings + """
                    static class Clips
                    {
                        public static Task SubmitClip(this HttpClient http, string prompt, int seconds)
                            => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds = seconds.ToString() });

                        public static Task Send<T>(string prompt, int seconds) => new HttpClient().SubmitClip(prompt, seconds);
                    }
                    """,
                },
            },
        }.RunAsync();

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ARecursiveWrapperIsFollowedOnceAndAReassignedParameterIsNotForwarded()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    await studio.Again("a fox", {|SORA001:20|});
                    await studio.Clamped("a fox", 20);
                }
            }

            class Studio
            {
                private readonly HttpClient _http = new();

                // Recursive: the call back into itself is not followed, the request it sends is.
                public Task Again(string prompt, int seconds)
                    => seconds > 100
                        ? Again(prompt, seconds - 1)
                        : _http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds = seconds.ToString() });

                public Task Clamped(string prompt, int seconds)
                {
                    seconds = Math.Min(seconds, 12);
                    return _http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt, seconds = seconds.ToString() });
                }
            }
            """);

    /// <summary>A method without a body here (an interface, a referenced assembly) counts only with the model it is given.</summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AMethodWithoutABodyCountsOnlyWithModelEvidence()
        => Verify.AnalyzerAsync(Usings + """
            interface IClips
            {
                Task CreateAsync(string prompt, int seconds, string? model = null);
            }

            class App
            {
                async Task Run(IClips clips)
                {
                    await clips.CreateAsync("a fox", 20);
                    await clips.CreateAsync("a fox", {|SORA001:20|}, "sora-2");
                }
            }
            """);

    [Fact]
    public Task ComputedValuesOfOtherRequestsStaySilent()
        => Verify.AnalyzerAsync(Usings + """
            using System.Collections.Generic;

            class ClipOptions
            {
                public string Model { get; set; } = "veo-3.1-generate-preview";
                public int Seconds { get; set; } = 30;
                public string Size { get; set; } = "1920x1080";
            }

            class ThumbnailOptions
            {
                public string Size { get; set; } = "320x180";
                public int Seconds { get; set; } = 5;
            }

            class Media
            {
                static readonly string ChatModel = "gpt-4o";

                public void TrimVideo(string path, int seconds) { }

                async Task Run(HttpClient http, bool longer, string? configured)
                {
                    TrimVideo("a.mp4", longer ? 30 : 10);
                    TrimVideo("a.mp4", seconds: configured == null ? 7 : 9);
                    var image = new Dictionary<string, object>();
                    image["size"] = longer ? "1920x1080" : "1024x1024";
                    image["quality"] = "hd";
                    await http.PostAsJsonAsync("v1/images/generations", image);
                    var chat = new Dictionary<string, object> { ["model"] = configured ?? ChatModel };
                    chat["seconds"] = 10.ToString();
                    await http.PostAsJsonAsync("v1/chat/completions", chat);
                    await http.PostAsJsonAsync("v1/clips", new ClipOptions { Size = $"{1920}x{1080}" });
                }
            }
            """);
}
