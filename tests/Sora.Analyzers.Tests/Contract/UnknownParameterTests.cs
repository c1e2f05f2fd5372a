using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// SORA006: a body field the table's <c>parameters</c> does not list, in every payload shape, named as the API receives it
/// (JSON attributes; a C# name matches a parameter in any naming policy; <c>[JsonIgnore]</c> members are not sent).
/// </summary>
[Trait("Rule", "SORA006")]
public class UnknownParameterTests
{
    private const string Parameters = "'input_reference', 'model', 'prompt', 'seconds', and 'size'";

    [Fact]
    public Task TheMessageNamesTheFieldAndListsTheParameters()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", {|#0:n_variants|} = 2 });
            }
            """,
            Verify.Diagnostic("SORA006").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage("Unknown parameter 'n_variants' for the video endpoint. Supported parameters are: " + Parameters + "."));

    [Fact]
    public Task EveryPayloadShapeIsRead()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("quality")] public string? Quality { get; set; }
                public string? InputReference { get; set; }
                [JsonIgnore] public string? Notes { get; set; }
            }

            class App
            {
                async Task Run(HttpClient http, int count)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", {|SORA006:duration|} = "8", {|SORA006:count|} });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2", [{|SORA006:"fps"|}] = 24 });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, string> { { "model", "sora-2" }, { {|SORA006:"style"|}, "noir" } });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", [{|SORA006:"Seconds"|}] = "8" });
                    // PostAsJsonAsync writes camel case: InputReference goes as inputReference.
                    await http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", {|SORA006:Quality|} = "high", {|SORA006:InputReference|} = "ref.png", Notes = "n" });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"{|SORA006:seed|}\":7,\"size\":\"1280x720\"}"));
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("noise"), {|SORA006:"negative_prompt"|});
                }
            }
            """);

    [Fact]
    public Task KnownParametersAndNonSoraRequestsAreSilent()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                static void Send(object body) { }

                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", seconds = "8", size = "1280x720", input_reference = "r" });
                    Send(new { Model = "sora-2", Prompt = "a fox", InputReference = "r" }); // names depend on a serializer not in sight
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", duration = 8, resolution = "1080p" });
                    await http.PostAsJsonAsync("v1/chat/completions", new { model = "gpt-4o", temperature = 0.2, size = "big" });
                }
            }
            """);

    [Fact]
    public Task CallArgumentsAreNoBodyFields()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run() => Studio.SubmitVideo("a fox", "sora-2", quality: "high");
            }

            static class Studio
            {
                public static void SubmitVideo(string prompt, string model, string quality) { }
            }
            """,
            Verify.ListingTestClients);

    [Fact]
    public Task ARequestWhoseModelIsNotAConstantIsReadWhenItGoesToTheVideosEndpoint()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, string configuredModel)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt = "a fox", {|SORA006:n_variants|} = 1 });
                    await http.PostAsJsonAsync("v1/generate", new { model = configuredModel, prompt = "a fox", n_variants = 1 });
                }
            }
            """, Verify.Choosing("apiyi"));

    [Fact]
    public Task AMemberNameIsTheNameTheVisibleNamingPolicyGivesIt()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class Body
            {
                public string? Model { get; set; }
                public string? NVariants { get; set; }
                public string? InputReference { get; set; }
            }

            class App
            {
                async Task Run(HttpClient http, string image)
                {
                    // PostAsJsonAsync serializes with the web defaults: camel case.
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", {|#0:InputReference|} = image });
                    var snake = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
                    await http.PostAsync("v1/videos", new StringContent(JsonSerializer.Serialize(new Body { Model = "sora-2", {|#1:NVariants|} = "2", InputReference = image }, snake)));
                    await http.PostAsync("v1/videos", new StringContent(JsonSerializer.Serialize(new { model = "sora-2", {|#2:Prompt|} = "a fox" })));
                }
            }
            """,
            Verify.Diagnostic("SORA006").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("inputReference", Parameters),
            Verify.Diagnostic("SORA006").WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("n_variants", Parameters),
            Verify.Diagnostic("SORA006").WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Prompt", Parameters));

    [Fact]
    public Task OptionsTheCodeChangesOrDoesNotShowLeaveNamesToAnyPolicy()
        => Verify.AnalyzerAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, JsonSerializerOptions configured, string image)
                {
                    var options = new JsonSerializerOptions();
                    options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                    await http.PostAsync("v1/videos", new StringContent(JsonSerializer.Serialize(new { model = "sora-2", InputReference = image }, options)));
                    await http.PostAsync("v1/videos", new StringContent(JsonSerializer.Serialize(new { model = "sora-2", InputReference = image }, configured)));
                }
            }
            """);
}
