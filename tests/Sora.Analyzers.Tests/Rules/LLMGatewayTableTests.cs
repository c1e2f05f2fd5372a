using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Contract;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// The <c>llmgateway</c> table through the analyzer (<c>sora_analyzers.rule_table = llmgateway</c>): durations as lists and
/// ranges (docs/rules/SORA001.md, "Ranges"), sizes per model, and <c>seconds</c> as a JSON integer (SORA005 the other way round).
/// </summary>
public class LLMGatewayTableTests
{
    private const string Gateway = "root = true\n[*.cs]\nsora_analyzers.rule_table = llmgateway\n";

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task VeoTakesAListOfDurations()
        => Verify.AnalyzerAsync(
            Post("""new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = {|#0:12|} }"""),
            Gateway,
            Verify.Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'veo-3.1-generate-preview' does not support seconds '12'. Supported values are: '4', '6', '8', and '10'."));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SeedanceTakesARangeAndTheMessageNamesItsEnds()
        => Verify.AnalyzerAsync(
            Post("""new { model = "seedance-2-0", prompt = "a fox", seconds = {|#0:20|} }"""),
            Gateway,
            Verify.Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'seedance-2-0' does not support seconds '20'. Supported values are: '4' to '15'."));

    [Theory]
    [Trait("Rule", "SORA001")]
    [InlineData("4")]
    [InlineData("9")]
    [InlineData("15")]
    public Task EveryWholeNumberOfARangeIsAccepted(string seconds)
        => Verify.AnalyzerAsync(Post($$"""new { model = "seedance-2-0", prompt = "a fox", seconds = {{seconds}} }"""), Gateway);

    [Theory]
    [Trait("Rule", "SORA001")]
    [InlineData("20", "15")]
    [InlineData("3", "4")]
    [InlineData("1", "4")]
    public Task TheNearestValueOfARangeIsTheValueClampedIntoIt(string seconds, string nearest)
        => Verify.FixAsync(
            Post($$"""new { model = "seedance-2-0", prompt = "a fox", seconds = {|SORA001:{{seconds}}|} }"""),
            Post($$"""new { model = "seedance-2-0", prompt = "a fox", seconds = {{nearest}} }"""),
            FixKeys.UseNearestSeconds,
            Gateway);

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task AListOffersBothNeighboursOnATieAndTheModelsWhoseRangeHoldsTheValue()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(
            Post("""new { model = "kling-v3-0", prompt = "a fox", seconds = 12, size = "1280x720" }"""),
            Gateway));

        Assert.Equal("SORA001", offer.DiagnosticId);
        Assert.Equal<string>(
            ["Use 10 seconds", "Switch model to 'seedance-2-5'", "Switch model to 'seedance-2-0'", "Switch model to 'seedance-2-0-fast'", "Switch model to 'seedance-2-0-mini'"],
            offer.Titles);
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task ARangeDoesNotStopTheModelSwitch()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(
            Post("""new { model = "seedance-2-0", prompt = "a fox", seconds = 20, size = "1280x720" }"""),
            Gateway));

        Assert.Equal<string>(["Use 15 seconds", "Switch model to 'seedance-2-5'"], offer.Titles);
    }

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task SeedanceFastRendersNo1080p()
        => Verify.AnalyzerAsync(
            Post("""new { model = "seedance-2-0-fast", prompt = "a fox", seconds = 8, size = {|#0:"1920x1080"|} }"""),
            Gateway,
            Verify.Diagnostic("SORA003").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'seedance-2-0-fast' does not support size '1920x1080'. Supported values are: '1280x720' and '720x1280'."));

    [Fact]
    [Trait("Rule", "SORA005")]
    public Task SecondsAsAStringIsReported()
        => Verify.AnalyzerAsync(
            Post("""new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = {|#0:"8"|} }"""),
            Gateway,
            Verify.Diagnostic("SORA005").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("The API takes 'seconds' as a number: send 8, not the string '8'."));

    [Fact]
    [Trait("Rule", "SORA005")]
    public Task TextComputedAtRunTimeIsReportedWithItsExpression()
        => Verify.AnalyzerAsync(
            ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http, string configured)
                    => http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = {|#0:configured|} });
            }
            """,
            Gateway,
            Verify.Diagnostic("SORA005").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("The API takes 'seconds' as a number: send 'configured' as a number, not as text."));

    [Theory]
    [Trait("Rule", "SORA005")]
    [InlineData("""new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = configured }""")]
    [InlineData("""new Dictionary<string, string> { ["model"] = "kling-v3-0", ["prompt"] = "a fox", ["seconds"] = "10" }""")]
    public async Task NoFixWhereTheNumberIsUnknownOrWouldNotCompile(string payload)
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(Post(payload), Gateway));

        Assert.Equal("SORA005", offer.DiagnosticId);
        Assert.Empty(offer.Titles);
    }

    [Fact]
    [Trait("Rule", "SORA005")]
    public Task ANumberIsWhatTheGatewayTakes()
        => Verify.AnalyzerAsync(Post("""new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = 8 }"""), Gateway);

    [Fact]
    [Trait("Rule", "SORA005")]
    public Task ACallArgumentAndAFormFieldAreNotBodies()
        => Verify.AnalyzerAsync(
            ContractTables.Usings + """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "veo-3.1-generate-preview", "8");

                Task Upload(HttpClient http)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("veo-3.1-generate-preview"), "model");
                    form.Add(new StringContent("a fox"), "prompt");
                    form.Add(new StringContent("8"), "seconds");
                    return http.PostAsync("v1/videos", form);
                }
            }
            """ + VideoApi.Declarations,
            "root = true\n[*.cs]\nsora_analyzers.rule_table = llmgateway\nsora_analyzers.video_methods = CreateVideo\n");

    [Fact]
    [Trait("Rule", "SORA005")]
    public Task TheFixSendsTheNumberInEveryBodyShapeWithFixAll()
        => Verify.FixAsync(
            ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = {|SORA005:"8"|} });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "kling-v3-0", ["prompt"] = "a fox", ["seconds"] = {|SORA005:"10"|} });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "seedance-2-0", ["prompt"] = "a fox", ["seconds"] = {|SORA005:"12"|} });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"seedance-2-0\",\"prompt\":\"a fox\",\"seconds\":\"{|SORA005:6|}\"}"));
                    await http.PostAsync("v1/videos", new StringContent(@"{""model"":""seedance-2-0"",""prompt"":""a fox"",""seconds"":""{|SORA005:7|}""}"));
                    await http.PostAsync("v1/videos", new StringContent("""{"model":"seedance-2-0","prompt":"a fox","seconds":"{|SORA005:9|}"}"""));
                }
            }
            """",
            ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = 8 });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "kling-v3-0", ["prompt"] = "a fox", ["seconds"] = 10 });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "seedance-2-0", ["prompt"] = "a fox", ["seconds"] = 12 });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"seedance-2-0\",\"prompt\":\"a fox\",\"seconds\":6}"));
                    await http.PostAsync("v1/videos", new StringContent(@"{""model"":""seedance-2-0"",""prompt"":""a fox"",""seconds"":7}"));
                    await http.PostAsync("v1/videos", new StringContent("""{"model":"seedance-2-0","prompt":"a fox","seconds":9}"""));
                }
            }
            """",
            FixKeys.SendSecondsInItsType,
            Gateway);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ARuntimeModelIsCheckedAgainstTheUnionOfRangesAndLists()
        => Verify.AnalyzerAsync(
            ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http, string configuredModel)
                    => http.PostAsJsonAsync("v1/videos", new { model = configuredModel, prompt = "a fox", seconds = {|#0:40|} });
            }
            """,
            Gateway,
            Verify.Diagnostic("SORA001").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("No video model supports seconds '40'. Supported values are: '4' to '30'."));

    private static string Post(string payload)
        => ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http, string configured) => http.PostAsJsonAsync(\"v1/videos\", " + payload + ");\n}\n";
}
