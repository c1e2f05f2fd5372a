using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>
/// SORA006's fixes: "Rename to 'seconds'" for the parameter a field most likely means, in place in every shape; "Remove
/// parameter 'x'" otherwise, taking its comma or its statement with it. Fix All applies each first action.
/// </summary>
[Trait("Rule", "SORA006")]
public class ParameterFixTests
{
    [Theory]
    [InlineData("duration = \"8\"", "seconds = \"8\"")]
    [InlineData("length = \"8\"", "seconds = \"8\"")]
    [InlineData("n_seconds = \"8\"", "seconds = \"8\"")]
    [InlineData("duration_seconds = \"8\"", "seconds = \"8\"")]
    [InlineData("resolution = \"1280x720\"", "size = \"1280x720\"")]
    [InlineData("dimensions = \"1280x720\"", "size = \"1280x720\"")]
    [InlineData("promt = \"a fox\"", "prompt = \"a fox\"")]
    public Task AnAnonymousMemberIsRenamed(string member, string renamed)
        => Verify.FixAsync(
            Anonymous("{|SORA006:" + member.Substring(0, member.IndexOf(' ')) + "|}" + member.Substring(member.IndexOf(' '))),
            Anonymous(renamed),
            FixKeys.FixParameter);

    [Theory]
    [InlineData("Duration = \"8\"", "Seconds = \"8\"")]
    [InlineData("inputReferense = \"r\"", "inputReference = \"r\"")]
    public Task WhereTheNamingPolicyIsNotInSightTheNewNameKeepsTheMembersStyle(string member, string renamed)
        => Verify.FixAsync(
            Sent("{|SORA006:" + member.Substring(0, member.IndexOf(' ')) + "|}" + member.Substring(member.IndexOf(' '))),
            Sent(renamed),
            FixKeys.FixParameter);

    [Fact]
    public Task AProjectionGetsTheParameterAsItsName()
        => Verify.FixAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http, string duration) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", {|SORA006:duration|} });\n}\n",
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http, string duration) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", seconds = duration });\n}\n",
            FixKeys.FixParameter);

    [Fact]
    public Task KeysJsonNamesAndFormFieldsAreRenamedInPlace()
        => Verify.FixAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, string> { ["model"] = "sora-2", [{|SORA006:"duration"|}] = "8" });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", [{|SORA006:@"resolution"|}] = "1280x720" });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"{|SORA006:Seconds|}\":\"8\"}"));
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), {|SORA006:"duration"|});
                }
            }
            """,
            ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, string> { ["model"] = "sora-2", ["seconds"] = "8" });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", [@"size"] = "1280x720" });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"seconds\":\"8\"}"));
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), "seconds");
                }
            }
            """,
            FixKeys.FixParameter);

    [Fact]
    public Task AFieldWithNoLikelyMeaningIsRemovedWithItsCommaOrItsLine()
        => Verify.FixAsync(ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", {|SORA006:n_variants|} = 2, prompt = "a fox" });
                    await http.PostAsJsonAsync("v1/videos", new
                    {
                        model = "sora-2",
                        prompt = "a fox", // what to film
                        {|SORA006:quality|} = "high",
                    });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2", [{|SORA006:"fps"|}] = 24 });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"{|SORA006:seed|}\":7,\"prompt\":\"a fox\"}"));
                    await http.PostAsync("v1/videos", new StringContent("""
                        {
                          "model": "sora-2",
                          "{|SORA006:negative_prompt|}": "blur"
                        }
                        """));
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("noir"), {|SORA006:"style"|});
                    form.Add(new StringContent("a fox"), "prompt");
                }
            }
            """",
            ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox" });
                    await http.PostAsJsonAsync("v1/videos", new
                    {
                        model = "sora-2",
                        prompt = "a fox", // what to film
                    });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2" });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"sora-2\",\"prompt\":\"a fox\"}"));
                    await http.PostAsync("v1/videos", new StringContent("""
                        {
                          "model": "sora-2"
                        }
                        """));
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("a fox"), "prompt");
                }
            }
            """",
            FixKeys.FixParameter);

    [Fact]
    public Task ARenameThatWouldDuplicateAParameterIsARemoval()
        => Verify.FixAsync(
            Anonymous("seconds = \"8\", {|SORA006:duration|} = \"8\""),
            Anonymous("seconds = \"8\""),
            FixKeys.FixParameter);

    [Fact]
    public async Task AFieldWithALikelyMeaningIsRenamedNotRemoved()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(Anonymous("duration = \"8\"")));

        Assert.Equal("SORA006", offer.DiagnosticId);
        Assert.Equal(new[] { "Rename to 'seconds'" }, offer.Titles);
        Assert.Equal(new[] { FixKeys.FixParameter }, offer.Keys);
    }

    [Fact]
    public async Task ATypedMemberIsReportedButNotRenamedOrRemoved()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("duration")] public string? Duration { get; set; }
            }

            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", Duration = "8" });
            }
            """));

        Assert.Equal("SORA006", offer.DiagnosticId);
        Assert.Equal("Duration", offer.SpanText);
        Assert.Empty(offer.Titles);
    }

    [Fact]
    public Task UnderAVisiblePolicyTheParameterIsWrittenAsItIs()
        => Verify.FixAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http, string image) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", {|SORA006:InputReference|} = image });\n}\n",
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http, string image) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", input_reference = image });\n}\n",
            FixKeys.FixParameter);

    // A body handed to the application's own sender: how it is serialized is not in sight.
    private static string Sent(string member)
        => "class App\n{\n    static void Send(object body) { }\n\n    void Run() => Send(new { model = \"sora-2\", " + member + " });\n}\n";

    private static string Anonymous(string member)
        => ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", " + member + " });\n}\n";
}
