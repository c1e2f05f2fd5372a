using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Policy;

/// <summary>
/// docs/configuration.md, "Which table applies": the endpoint's host, when the code shows it, picks the table (a URL, the
/// sending HttpClient's BaseAddress, the OpenAI SDK client); then the folder's table; then the default. A model known
/// only at run time, or none, is checked only against a table chosen for the request.
/// </summary>
public class EndpointTableTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        """;

    private const string SdkUsings = Usings + """
        #pragma warning disable OPENAI001
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Videos;

        """;

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task OpenAIsOwnEndpointIsCheckedByOpenAIsTableInARelayProject()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                // 12 is a duration OpenAI took for sora-2-pro (the relay table's 10, 15, 25 do not apply here): only the removal is reported.
                Task Run(HttpClient http) => http.PostAsJsonAsync("https://api.openai.com/v1/videos", new { model = {|SORA007:"sora-2-pro"|}, prompt = "a fox", seconds = "12" });
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ARelaysEndpointIsCheckedByItsTableInAnOpenAIProject()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("https://api.apiyi.com/v1/videos", new { model = "sora-2-pro", prompt = "a fox", seconds = {|SORA001:"12"|} });
            }
            """, Verify.Choosing("openai"));

    [Fact]
    [Trait("Rule", "SORA005")]
    [Trait("Rule", "SORA007")]
    public Task AVideoClientCreatedWithoutAnEndpointCallsOpenAIAndTheCallIsNoSecondRequest()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(string apiKey)
                {
                    var client = new VideoClient(apiKey);
                    using BinaryContent content = BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = {|SORA007:"sora-2"|}, prompt = "a fox", seconds = {|SORA005:8|} }));
                    await client.CreateVideoAsync(content, "application/json");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AVideoClientWithAnEndpointInItsOptionsCallsThatHost()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(string apiKey)
                {
                    var options = new VideoClientOptions { Endpoint = new Uri("https://api.apiyi.com/v1") };
                    var client = new VideoClient(new ApiKeyCredential(apiKey), options);
                    var body = BinaryData.FromObjectAsJson(new { model = "sora-2-pro", prompt = "a fox", seconds = {|SORA001:"12"|} });
                    await client.CreateVideoAsync(BinaryContent.Create(body), "application/json");
                }
            }
            """, Verify.Choosing("openai"));

    [Fact]
    public Task AVideoClientWhoseCreationIsNotInSightNamesNoEndpoint()
        => Verify.AnalyzerAsync(SdkUsings + """
            class App
            {
                async Task Run(VideoClient client, string configuredModel)
                {
                    var body = BinaryData.FromObjectAsJson(new { model = configuredModel, prompt = "a fox", seconds = 6, duration = 5 });
                    await client.CreateVideoAsync(BinaryContent.Create(body), "application/json");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA006")]
    [Trait("Rule", "SORA007")]
    public Task ARuntimeModelSentToOpenAIIsCheckedForWhatNoModelTakes()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                Task Run(HttpClient http, string configuredModel)
                    => http.PostAsJsonAsync("https://api.openai.com/v1/videos", new { model = {|SORA007:configuredModel|}, prompt = "a fox", {|SORA006:duration|} = 5 });
            }
            """);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task TheBaseAddressOfTheSendingClientNamesTheHost()
        => Verify.AnalyzerAsync(Usings + """
            class Initializer
            {
                async Task Run()
                {
                    var http = new HttpClient { BaseAddress = new Uri("https://api.openai.com/") };
                    await http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox" });
                }
            }

            class AssignedInTheType
            {
                private readonly HttpClient _http = new HttpClient();

                public AssignedInTheType() => _http.BaseAddress = new Uri("https://api.openai.com/v1/");

                Task Run() => _http.PostAsJsonAsync("videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox" });
            }
            """);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task ATypedClientIsConfiguredWhereItIsRegistered()
        => Verify.AnalyzerAsync(Usings + """
            static class Registration
            {
                // The shape of Microsoft.Extensions.Http's registration (the package is not referenced here).
                public static void AddHttpClient<TClient>(this List<object> services, Action<HttpClient> configure) { }

                public static void Register(List<object> services)
                    => services.AddHttpClient<VideoService>(client => client.BaseAddress = new Uri("https://api.openai.com/"));
            }

            class VideoService(HttpClient http)
            {
                private readonly HttpClient _http = http;

                Task Run() => _http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox" });
            }
            """);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task AUrlKeptInAFieldSetOnceInTheTypeIsWritten()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                private string? _endpoint;

                void Setup() => _endpoint = "https://api.openai.com/v1/videos";

                Task Run(HttpClient http) => http.PostAsJsonAsync(_endpoint, new { model = {|SORA007:"sora-2"|}, prompt = "a fox" });
            }
            """);

    /// <summary>2026 gateway clients: a model read at run time, fields other models take, on a relative `v1/videos`.</summary>
    [Fact]
    public Task GatewayClientsWithARuntimeModelAreSilentWithTheDefaultTable()
        => Verify.AnalyzerAsync(Usings + """
            class Gateway
            {
                async Task Run(HttpClient http, string model, string prompt, byte[] image)
                {
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = model, ["prompt"] = prompt, ["seed"] = 42 });
                    await http.PostAsJsonAsync("v1/videos", new { model, prompt, duration = 5, aspect_ratio = "16:9", resolution = "1080p" });
                    await http.PostAsJsonAsync("v1/videos", new { model, prompt, seconds = 6, size = "1920x1080" });
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent(model), "model");
                    form.Add(new ByteArrayContent(image), "image");
                    form.Add(new StringContent("16:9"), "aspect_ratio");
                    form.Add(new StringContent("5"), "seconds");
                    await http.PostAsync("v1/videos", form);
                }
            }
            """);

    [Fact]
    public Task AConstantModelTheChosenTableDoesNotKnowIsAnotherProvidersRequest()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = "12", aspect_ratio = "16:9" });
            }
            """, Verify.Choosing("openai"));

    /// <summary>Vimeo's upload: a host no table lists is not chosen for the request, even where the folder chose a table.</summary>
    [Fact]
    public Task ARequestToAHostNoTableListsIsNotCheckedForARuntimeModel()
        => Verify.AnalyzerAsync(Usings + """
            class Vimeo
            {
                Task Upload(HttpClient http, long bytes)
                    => http.PostAsJsonAsync("https://api.vimeo.com/me/videos", new { name = "a fox", approach = "tus", size = bytes });
            }
            """, Verify.Choosing("openai"));

    [Fact]
    public Task TheRetiredAzureSoraOneJobsTypeIsNoVideoRequest()
        => Verify.AnalyzerAsync(Usings + """
            class VideoGenerationJob
            {
                public string Model { get; set; } = "sora";
                public string Prompt { get; set; } = "";
                public int Width { get; set; } = 1920;
                public int Height { get; set; } = 1080;
                public int NSeconds { get; set; } = 5;
            }
            """);

    /// <summary>The seed's mistake on a 2026 gateway: Veo 3.1 takes 4, 6, 8 or 10 seconds, as a JSON integer.</summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA005")]
    public Task LLMGatewaysEndpointIsCheckedByItsTable()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://api.llmgateway.io/") };

                async Task Run()
                {
                    await Http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = {|SORA001:12|} });
                    await Http.PostAsJsonAsync("v1/videos", new { model = "seedance-2-0", prompt = "a fox", seconds = {|SORA005:"8"|} });
                    await Http.PostAsJsonAsync("v1/videos", new { model = "seedance-2-0-fast", prompt = "a fox", seconds = 6, size = {|SORA003:"1920x1080"|} });
                    await Http.PostAsJsonAsync("v1/videos", new { model = "kling-v3-0", prompt = "a fox", seconds = 10, size = "3840x2160" });
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA006")]
    public Task ARuntimeModelOnLLMGatewayIsCheckedForWhatNoModelTakes()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                Task Run(HttpClient http, string model)
                    => http.PostAsJsonAsync("https://api.llmgateway.io/v1/videos", new { model, prompt = "a fox", seconds = {|SORA001:40|}, {|SORA006:duration|} = 5, callback_url = "https://example.com/hook" });
            }
            """);

    [Fact]
    [Trait("Rule", "SORA007")]
    public Task AzuresEndpointIsCheckedWithAzuresRetirementDates()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                Task Run(HttpClient http, string resource)
                    => http.PostAsJsonAsync($"https://{resource}.openai.azure.com/openai/v1/videos", new { model = {|#0:"sora-2"|}, prompt = "a fox", seconds = "8" });
            }
            """,
            Verify.Diagnostic("SORA007").WithLocation(0).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("sora-2", "2026-10-15"));
}
