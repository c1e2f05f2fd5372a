using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>docs/rules/README.md, "Where requests are found": anonymous objects, object initializers and dictionaries that build a request body.</summary>
public class PayloadFinderTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json.Serialization;

        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task AnonymousObjectWithAVideoModel()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                object Body() => new { model = "sora-2", prompt = "a fox", seconds = {|SORA001:"10"|}, size = {|SORA003:"1792x1024"|} };
                object Numbers() => new { Model = "sora-2-pro", Seconds = {|SORA001:12|} };
                object Typo() => new { model = {|SORA002:"sora2"|}, seconds = "8" };
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AnonymousObjectSerializedForTheOpenAISdk()
        => Verify.AnalyzerAsync(Usings + """
            #pragma warning disable OPENAI001
            using System.ClientModel;
            using OpenAI.Videos;

            class App
            {
                void Run(VideoClient client)
                {
                    using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { prompt = "a fox", seconds = {|SORA001:"10"|} }));
                    client.CreateVideo(content, "application/json");
                }
            }
            """, Verify.Choosing("apiyi"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task PayloadReachingAVideoCallThroughLocals()
        => Verify.AnalyzerAsync(Usings + """
            #pragma warning disable OPENAI001
            using System.ClientModel;
            using OpenAI.Videos;

            class App
            {
                async System.Threading.Tasks.Task Run(VideoClient client)
                {
                    var payload = new { prompt = "a fox", seconds = {|SORA001:"10"|}, size = {|SORA003:"1792x1024"|} };
                    var data = BinaryData.FromObjectAsJson(payload);
                    await client.CreateVideoAsync(BinaryContent.Create(data), "application/json");
                }
            }
            """, Verify.Choosing("apiyi"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task ObjectInitializerMatchesMembersByNameOrJsonAttribute()
        => Verify.AnalyzerAsync(Usings + """
            class VideoRequest
            {
                public string? Model { get; set; }
                public int Seconds { get; set; }
                [JsonPropertyName("size")] public string? Resolution { get; set; }
                [Newtonsoft.Json.JsonProperty("seconds")] public string? Duration { get; set; }
            }

            namespace Newtonsoft.Json { class JsonPropertyAttribute : System.Attribute { public JsonPropertyAttribute(string name) { } } }

            class App
            {
                VideoRequest A() => new VideoRequest { Model = "sora-2", Seconds = {|SORA001:10|}, Resolution = {|SORA003:"1792x1024"|} };
                VideoRequest B() => new() { Model = "sora-2-pro", Duration = {|SORA001:"12"|} };
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task DictionaryInitializersWithConstantKeys()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                const string SecondsKey = "seconds";

                object Indexers() => new Dictionary<string, object>
                {
                    ["model"] = "sora-2",
                    [SecondsKey] = {|SORA001:10|},
                };

                object AddCalls() => new Dictionary<string, string> { { "model", "sora-2-pro" }, { "size", {|SORA003:"1920x1080"|} } };

                object JsonNodes() => new System.Text.Json.Nodes.JsonObject { ["model"] = "sora-2", ["seconds"] = {|SORA001:"10"|} };
            }
            """);

    [Fact]
    public Task PayloadsThatAreNotVideoRequestsStaySilent()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                object Timer() => new { seconds = 10, name = "x" };
                object Chat() => new { model = "gpt-4o", seconds = "10" };
                object Dictionary() => new Dictionary<string, object> { ["seconds"] = 10 };
                object WrongCaseKey() => new Dictionary<string, object> { ["Model"] = "sora-2", ["Seconds"] = 10 };
                object Unrelated() => new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                object ComputedModel(string model) => new { model, seconds = "10" };
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task APayloadWithoutAModelIsARequestWhenItReachesAVideoCall()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run(Studio studio)
                {
                    studio.SubmitVideo(new { seconds = {|SORA001:"10"|} });
                    studio.SubmitVideo(JsonContent.Create(new Dictionary<string, object> { ["size"] = {|SORA003:"1792x1024"|} }));
                    studio.Submit(new { seconds = "10" });
                }
            }

            class Studio
            {
                public void SubmitVideo(object body) { }
                public void SubmitVideo(HttpContent body) { }
                public void Submit(object body) { }
            }
            """, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ProjectionInitializersAreReported()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                object Body()
                {
                    const string model = "sora-2";
                    const string seconds = "10";
                    return new { model, {|SORA001:seconds|} };
                }
            }
            """);
}
