using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// SORA005: under a table whose seconds are a string (<c>openai</c>), a Sora request's JSON body that carries
/// <c>seconds</c> as a number — in every JSON-shaped payload, constant or not — and never a form's text or a call's argument.
/// </summary>
[Trait("Rule", "SORA005")]
public class SecondsAsNumberTests
{
    [Fact]
    public Task EveryJsonShapedPayloadIsReported()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("seconds")] public int Seconds { get; set; }
            }

            class App
            {
                async Task Run(HttpClient http, int duration)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", seconds = {|#0:8|} });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = {|#1:8|} });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", ["seconds"] = {|#2:duration|} });
                    await http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", Seconds = {|#3:12|} });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"seconds\":{|#4:4|}}"));
                }
            }
            """,
            ContractTables.OpenAI,
            Verify.Diagnostic("SORA005").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("The API takes 'seconds' as a string: send '8', not the number 8."),
            Verify.Diagnostic("SORA005").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("8"),
            Verify.Diagnostic("SORA005").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("The API takes 'seconds' as a string: send 'duration' as text, not as a number."),
            Verify.Diagnostic("SORA005").WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("12"),
            Verify.Diagnostic("SORA005").WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("4"));

    [Fact]
    public Task ANumberOfAnyNumericTypeIsReportedAndAStringIsNot()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, TimeSpan duration, long frames, int? maybe, string text)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = {|SORA005:(int)duration.TotalSeconds|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = {|SORA005:frames|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = {|SORA005:maybe|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = {|SORA005:8.0|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = "8" });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = text });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = 8.ToString() });
                }
            }
            """,
            ContractTables.OpenAI);

    [Fact]
    public Task FormsCallsAndTheRelayTableAreNotReported()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), "seconds");
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 8);
                }
            }
            """ + VideoApi.Declarations,
            ContractTables.OpenAI + "sora_analyzers.video_methods = CreateVideoWithNumbers\n");

    [Fact]
    public Task TheDefaultRelayTableTakesANumber()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = 8 });
            }
            """);

    [Fact]
    public Task AMemberTheSerializerWritesAsAStringIsNotReported()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("seconds"), JsonNumberHandling(JsonNumberHandling.WriteAsString)] public int Seconds { get; set; }
            }

            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", Seconds = 8 });
            }
            """,
            ContractTables.OpenAI);

    [Fact]
    public Task ATypedObjectIsABodyOnlyWhereTheCodeShowsItSerialized()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            // An SDK's options object converts its own values.
            class VideoOptions
            {
                public string? Model { get; set; }
                public int Seconds { get; set; }
                public string? OutputPath { get; set; }
            }

            class App
            {
                void Run(Action<VideoOptions> submit) => submit(new VideoOptions { Model = "sora-2", Seconds = 8, OutputPath = "out.mp4" });
            }
            """,
            ContractTables.OpenAI);

    [Fact]
    public Task ARequestThatIsNoSoraRequestIsNotReported()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", seconds = 8 });
                    await http.PostAsJsonAsync("v1/chat/completions", new { model = "gpt-4o", seconds = 8 });
                }
            }
            """,
            ContractTables.OpenAI);

    [Fact]
    public Task ANumberWrittenIntoAJsonObjectAfterItsCreationIsReported()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, TimeSpan duration)
                {
                    var requestBody = new JsonObject { ["model"] = "sora-2", ["prompt"] = "a fox" };
                    requestBody["seconds"] = {|#0:(int)duration.TotalSeconds|};
                    await http.PostAsJsonAsync("v1/videos", requestBody);
                }
            }
            """,
            ContractTables.OpenAI,
            Verify.Diagnostic("SORA005").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("The API takes 'seconds' as a string: send '(int)duration.TotalSeconds' as text, not as a number."));
}
