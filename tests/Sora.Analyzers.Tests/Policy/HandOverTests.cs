using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Policy;

/// <summary>
/// docs/design.md, "Destination": a body reaches the API through every way real code hands it over — a form read into
/// a stream for the OpenAI SDK, copied into a stream, JSON made by <c>BinaryContent.CreateJson</c>.
/// </summary>
public class HandOverTests
{
    private const string SdkUsings = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Threading.Tasks;
        #pragma warning disable OPENAI001
        using System.ClientModel;
        using OpenAI.Videos;

        """;

    /// <summary>A real client's shape: the form is read into a stream and handed to VideoClient, with a model chosen at run time.</summary>
    [Fact]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA006")]
    [Trait("Rule", "SORA007")]
    public Task AFormReadAsAStreamForTheSdkIsTheRequest()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(string apiKey, string model, string prompt)
                {
                    var client = new VideoClient(apiKey);
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent({|SORA007:model|}), "model");
                    form.Add(new StringContent(prompt), "prompt");
                    form.Add(new StringContent({|SORA003:"1920x1080"|}), "size");
                    form.Add(new StringContent("5"), {|SORA006:"duration"|});
                    form.Add(new StringContent("high"), {|SORA006:"quality"|});
                    using Stream stream = await form.ReadAsStreamAsync();
                    string contentType = form.Headers.ContentType!.ToString();
                    await client.CreateVideoAsync(BinaryContent.Create(stream), contentType);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AFormCopiedIntoAStreamIsTheRequest()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(VideoClient client)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    using var buffer = new MemoryStream();
                    await form.CopyToAsync(buffer);
                    buffer.Position = 0;
                    await client.CreateVideoAsync(BinaryContent.Create(buffer), form.Headers.ContentType!.ToString());
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task JsonMadeByBinaryContentCreateJsonIsTheRequest()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                Task Run(VideoClient client, string model)
                    => client.CreateVideoAsync(BinaryContent.CreateJson(new { model, prompt = "a fox", seconds = {|SORA001:"20"|} }), "application/json");
            }
            """, Verify.Choosing("apiyi"));

    [Fact]
    public Task WithoutAChosenTableTheSameStreamIsSilent()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(VideoClient client, string model)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent(model), "model");
                    form.Add(new StringContent("1920x1080"), "size");
                    form.Add(new StringContent("5"), "duration");
                    using Stream stream = await form.ReadAsStreamAsync();
                    await client.CreateVideoAsync(BinaryContent.Create(stream), "multipart/form-data");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task AUrlPassedToAHelperThatSendsTheBodyNamesTheEndpoint()
        => Verify.AnalyzerAsync(SdkUsings + """
            using System.Net.Http.Json;

            class App
            {
                private readonly HttpClient _http = new HttpClient();

                Task Run(string model)
                    => PostAsync("https://api.openai.com/v1/videos", new { model = {|SORA007:model|}, prompt = "a fox" });

                Task RunOnAGateway(string model)
                    => PostAsync("https://gateway.example/v1/videos", new { model, prompt = "a fox", duration = 5 });

                private async Task PostAsync(string url, object body)
                {
                    using HttpResponseMessage response = await _http.PostAsJsonAsync(url, body);
                    response.EnsureSuccessStatusCode();
                }
            }
            """);

    /// <summary>Framework types are known by their full names: a user's own <c>JsonContent</c> that drops the body is no hand-over.</summary>
    [Fact]
    public Task AUsersOwnTypeWithAFrameworkNameIsNoHandOver()
        => Verify.AnalyzerAsync(SdkUsings + """
            namespace My
            {
                static class JsonContent
                {
                    public static HttpContent Create(object body) => new StringContent("{}");
                }
            }

            class App
            {
                Task Run(HttpClient http, string model)
                    => http.PostAsync("https://api.openai.com/v1/videos", My.JsonContent.Create(new { model, prompt = "a fox", duration = 5 }));

                Task RunFramework(HttpClient http, string model)
                    => http.PostAsync("https://api.openai.com/v1/videos", System.Net.Http.Json.JsonContent.Create(new { model = {|SORA007:model|}, prompt = "a fox", {|SORA006:duration|} = 5 }));
            }
            """);
}
