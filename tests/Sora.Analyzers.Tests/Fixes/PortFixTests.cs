using System.Collections.Immutable;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Contract;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// SORA007's "Port to 'R'" (docs/rules/SORA007.md, "Fixes"): one edit that switches a removed model to the table's
/// replacement and moves <c>seconds</c> and <c>size</c> to what the replacement takes — the nearest values, the smaller
/// on a tie — with <c>seconds</c> in the JSON type the table takes; in every payload shape, with Fix All.
/// </summary>
[Trait("Rule", "SORA007")]
public class PortFixTests
{
    /// <summary>A team on the gateway that still had sora-2 requests: the gateway dropped it, and Veo 3.1 is where they go.</summary>
    private const string SoraToVeo = """
        {
          "extends": "llmgateway",
          "models": [
            { "name": "sora-2", "aliases": ["sora-2-2025-10-06"], "removed": "2026-10-20", "replacement": "veo-3.1-generate-preview" }
          ]
        }
        """;

    private const string VideoBody = """
        class VideoBody
        {
            public string Model { get; set; } = "";
            public string Prompt { get; set; } = "";
            public int Seconds { get; set; }
            public string Size { get; set; } = "";
        }

        """;

    private const string OnTheGateway = "root = true\n[*.cs]\nsora_analyzers.rule_table = llmgateway\nsora_analyzers.video_methods = CreateVideo\n";

    [Fact]
    public Task EveryPayloadShapeIsPortedInOneEditWithFixAll()
        => Verify.FixAsync(
            ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox", seconds = {|SORA005:"12"|}, size = "1792x1024" });
                    await http.PostAsJsonAsync("v1/videos", new VideoBody { Model = {|SORA007:"sora-2-2025-10-06"|}, Prompt = "a fox", Seconds = 5, Size = "720x1280" });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = {|SORA007:"sora-2"|}, ["prompt"] = "a fox", ["seconds"] = 7L });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"{|SORA007:sora-2|}\",\"prompt\":\"a fox\",\"seconds\":\"{|SORA005:12|}\",\"size\":\"1024x1792\"}"));
                    await http.PostAsync("v1/videos", new StringContent("""{"model": "{|SORA007:sora-2|}", "prompt": "a fox", "seconds": 8}"""));
                    VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "12", "1792x1024");
                }
            }
            """" + VideoBody + VideoApi.Declarations,
            ContractTables.Usings + """"
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "veo-3.1-generate-preview", prompt = "a fox", seconds = 10, size = "1920x1080" });
                    await http.PostAsJsonAsync("v1/videos", new VideoBody { Model = "veo-3.1-generate-preview", Prompt = "a fox", Seconds = 4, Size = "720x1280" });
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "veo-3.1-generate-preview", ["prompt"] = "a fox", ["seconds"] = 6L });
                    await http.PostAsync("v1/videos", new StringContent("{\"model\":\"veo-3.1-generate-preview\",\"prompt\":\"a fox\",\"seconds\":10,\"size\":\"1080x1920\"}"));
                    await http.PostAsync("v1/videos", new StringContent("""{"model": "veo-3.1-generate-preview", "prompt": "a fox", "seconds": 8}"""));
                    VideoClient.CreateVideo("a fox", "veo-3.1-generate-preview", "10", "1920x1080");
                }
            }
            """" + VideoBody + VideoApi.Declarations,
            FixKeys.PortToReplacement,
            OnTheGateway,
            SoraToVeo);

    [Fact]
    public async Task TheActionIsOneAndNamesTheReplacement()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", prompt = \"a fox\", seconds = 12 });\n}\n",
            [("/.editorconfig", OnTheGateway)],
            [("/sora-rules.json", SoraToVeo)]));

        Assert.Equal("SORA007", offer.DiagnosticId);
        Assert.Equal<string>(["Port to 'veo-3.1-generate-preview'"], offer.Titles);
        Assert.Equal<string>([FixKeys.PortToReplacement], offer.Keys);
    }

    [Fact]
    public Task ATableThatTakesAStringGetsTheStringAndARelayTableKeepsTheTypeWritten()
        => Verify.FixAsync(
            ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox", seconds = 8 });
                    await http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox", seconds = "20" });
                    await http.PostAsJsonAsync("v1/videos", {|SORA007:new|} { prompt = "a fox", seconds = 12, size = "720x1280" });
                }
            }
            """,
            ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt = "a fox", seconds = 10 });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt = "a fox", seconds = "15" });
                    await http.PostAsJsonAsync("v1/videos", new { prompt = "a fox", seconds = 10, size = "720x1280", model = "sora-2-pro" });
                }
            }
            """,
            FixKeys.PortToReplacement,
            ruleFile: """{ "extends": "apiyi", "models": [ { "name": "sora-2", "removed": "2026-11-30", "replacement": "sora-2-pro" } ] }""");

    [Fact]
    public Task TheStringTableTurnsANumberIntoTheNearestString()
        => Verify.FixAsync(
            ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new { model = {|SORA007:"sora-2"|}, prompt = "a fox", seconds = {|SORA005:10|} });
            }
            """,
            ContractTables.Usings + """
            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new { model = "sora-2-pro", prompt = "a fox", seconds = "8" });
            }
            """,
            FixKeys.PortToReplacement,
            "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n",
            """
            {
              "extends": "openai",
              "models": [
                { "name": "sora-2-pro", "aliases": ["sora-2-pro-2025-10-06"], "seconds": [4, 8, 12], "sizes": ["720x1280", "1280x720", "1024x1792", "1792x1024"] },
                { "name": "sora-2", "removed": "2026-09-24", "replacement": "sora-2-pro" }
              ]
            }
            """);

    [Fact]
    public async Task NoFixSwitchesToARemovedModel()
    {
        // The table's replacement was removed too: the reader refuses the file (SORA900), and the built-in table, which
        // names no replacement, offers nothing.
        ImmutableArray<OfferedFixes.Offer> offers = await OfferedFixes.ForAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsJsonAsync(\"v1/videos\", new { model = \"sora-2\", prompt = \"a fox\", seconds = \"8\" });\n}\n",
            [("/.editorconfig", "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n")],
            [("/sora-rules.json", """{ "models": [ { "name": "sora-2", "removed": "2026-09-24", "replacement": "sora-2-pro" } ] }""")]);

        OfferedFixes.Offer removed = Assert.Single(offers, o => o.DiagnosticId == "SORA007");
        Assert.Empty(removed.Titles);
    }
}
