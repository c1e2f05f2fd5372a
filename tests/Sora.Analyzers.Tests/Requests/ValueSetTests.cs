using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Requests;

/// <summary>
/// docs/design.md, "What counts as a value": a value is the set of constants the code can produce — arms of <c>?:</c> and
/// <c>switch</c>, <c>??</c> fallbacks, <c>ToString</c> of constants, interpolations of constants, readonly fields, DTO
/// defaults, the values a local is given in its branches. Each constant is checked and fixed on its own node; a
/// candidate only known at run time is ignored.
/// </summary>
public class ValueSetTests
{
    private const string Usings = "using System;\nusing System.Globalization;\n\n";

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task EachArmOfAConditionalAndASwitchIsChecked()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run(bool longer, bool quick, string quality)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", longer ? "12" : quick ? {|SORA001:"10"|} : "4");
                    VideoClient.CreateVideo("a fox", "sora-2", quality switch { "high" => {|SORA001:"20"|}, "low" => "4", _ => "8" });
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task TheConstantFallbackOfNullCoalescingIsChecked()
        => Verify.AnalyzerAsync(Usings + """
            class Options
            {
                public string? ModelId { get; set; }
                public string? Seconds { get; set; }
            }

            class App
            {
                void Run(Options options)
                {
                    VideoClient.CreateVideo("a fox", options.ModelId ?? {|SORA002:"sora2"|}, "8");
                    VideoClient.CreateVideo("a fox", options.ModelId ?? "sora-2", options.Seconds ?? {|SORA001:"10"|});
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TheTextOfAConstantIsThatConstant()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                const int Seconds = 10;

                void Run(int? duration)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:10|}.ToString());
                    VideoClient.CreateVideo("a fox", "sora-2", (duration ?? {|SORA001:10|}).ToString(CultureInfo.InvariantCulture));
                    VideoClient.CreateVideo("a fox", "sora-2", Convert.ToString({|SORA001:10|}));
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:10|}.ToString("D", CultureInfo.InvariantCulture));
                    VideoClient.CreateVideo("a fox", "sora-2", $"{{|SORA001:Seconds|}}");
                    VideoClient.CreateVideo("a fox", "sora-2", 10.ToString("D2"));
                    VideoClient.CreateVideo("a fox", "sora-2", duration.ToString());
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task ASizeBuiltFromConstantsIsThatSize()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                const int Width = 1920;
                const int Height = 1080;

                void Run(int width)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8", {|#0:$"{Width}x{Height}"|});
                    VideoClient.CreateVideo("a fox", "sora-2", "8", {|SORA003:Width + "x" + Height|});
                    VideoClient.CreateVideo("a fox", "sora-2", "8", $"{width}x{Height}");
                    VideoClient.CreateVideo("a fox", "sora-2", "8", $"{1280}x{720}");
                }
            }
            """ + VideoApi.Declarations,
            Verify.Diagnostic("SORA003").WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithMessage("Model 'sora-2' does not support size '1920x1080'. Supported values are: '1280x720' and '720x1280'."));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task AReadonlyFieldOrGetOnlyPropertyInitializedWithAConstantIsThatConstant()
        => Verify.AnalyzerAsync(Usings + """
            static class Defaults
            {
                public static readonly string Model = "sora2";
                public static string Seconds { get; } = "10";
            }

            class Configured
            {
                private readonly string _seconds = "10";

                public Configured(bool longer)
                {
                    if (longer) _seconds = "12";
                }

                public void Run() => VideoClient.CreateVideo("a fox", "sora-2", _seconds);
            }

            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", {|SORA002:Defaults.Model|}, "8");
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:Defaults.Seconds|});
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALocalGivenAValueInEveryBranchIsEachOfThem()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run(string quality)
                {
                    string seconds;
                    switch (quality)
                    {
                        case "high": seconds = "12"; break;
                        case "draft": seconds = {|SORA001:"10"|}; break;
                        default: seconds = "4"; break;
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", seconds);

                    string fine;
                    if (quality == "high") fine = "12"; else fine = "8";
                    VideoClient.CreateVideo("a fox", "sora-2", fine);

                    var chosen = quality == "high" ? {|SORA001:"20"|} : "8";
                    VideoClient.CreateVideo("a fox", "sora-2", chosen);
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task ADtosDefaultsAreCheckedAtTheDeclarationAndWhereAnInitializerLeavesThemOut()
        => Verify.AnalyzerAsync(Usings + """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class VideoBody
            {
                public string Model { get; set; } = "sora-2";
                public string Prompt { get; set; } = "";
                public string Seconds { get; set; } = {|SORA001:"10"|};
                public string? Size { get; set; }
            }

            class ProBody
            {
                public string Model { get; set; } = "sora-2-pro";
                public string Seconds { get; set; } = "10";
            }

            class App
            {
                async Task Run(HttpClient http)
                {
                    await http.PostAsJsonAsync("v1/videos", new VideoBody { Prompt = "a fox" });
                    await http.PostAsJsonAsync("v1/videos", new {|SORA001:ProBody|} { Model = "sora-2" });
                    await http.PostAsJsonAsync("v1/videos", new ProBody { Model = "sora-2-pro" });
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task RuntimeArmsAreIgnoredAndOnlySoraArmsOfAModelAreChecked()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run(bool longer, string configured, bool useVeo)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", longer ? configured : "8");
                    VideoClient.CreateVideo("a fox", "sora-2", longer ? configured : configured + "0");
                    VideoClient.CreateVideo("a fox", useVeo ? "veo-3.1-generate-preview" : "sora-2", {|SORA001:"10"|});
                    VideoClient.CreateVideo("a fox", useVeo ? "veo-3.1-generate-preview" : "kling-v2", longer ? "10" : "7");
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TheFixEditsTheArmAndKeepsItsForm()
        => Verify.FixAsync(Usings + """
            class App
            {
                void Run(bool longer, int? duration, string quality)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", longer ? "12" : {|SORA001:"10"|});
                    VideoClient.CreateVideo("a fox", "sora-2", quality switch { "high" => {|SORA001:"20"|}, _ => "4" });
                    VideoClient.CreateVideo("a fox", "sora-2", (duration ?? {|SORA001:9|}).ToString(CultureInfo.InvariantCulture));
                }
            }
            """ + VideoApi.Declarations, Usings + """
            class App
            {
                void Run(bool longer, int? duration, string quality)
                {
                    VideoClient.CreateVideo("a fox", "sora-2", longer ? "12" : "8");
                    VideoClient.CreateVideo("a fox", "sora-2", quality switch { "high" => "12", _ => "4" });
                    VideoClient.CreateVideo("a fox", "sora-2", (duration ?? 8).ToString(CultureInfo.InvariantCulture));
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task ASizeBuiltFromConstantsBecomesALiteral()
        => Verify.FixAsync(Usings + """
            class App
            {
                const int Width = 1920;
                const int Height = 1080;

                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8", {|SORA003:$"{Width}x{Height}"|});
            }
            """ + VideoApi.Declarations, Usings + """
            class App
            {
                const int Width = 1920;
                const int Height = 1080;

                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8", "1280x720");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSize);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ADefaultLeftOutIsWrittenIntoTheInitializer()
        => Verify.FixAsync("""
            class ProBody
            {
                public string Model { get; set; } = "sora-2-pro";
                public string Seconds { get; set; } = "10";
            }

            class App
            {
                object Body() => new {|SORA001:ProBody|} { Model = "sora-2" };
            }
            """, """
            class ProBody
            {
                public string Model { get; set; } = "sora-2-pro";
                public string Seconds { get; set; } = "10";
            }

            class App
            {
                object Body() => new ProBody { Model = "sora-2", Seconds = "8" };
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task NoModelSwitchIsOfferedForOneArmOfSeveral()
    {
        OfferedFixes.Offer offer = Assert.Single(await OfferedFixes.ForAsync(Usings + """
            class App
            {
                void Run(bool longer) => VideoClient.CreateVideo("a fox", "sora-2", longer ? "12" : "10");
            }
            """ + VideoApi.Declarations));

        Assert.Equal(new[] { "Use 8 seconds", "Use 12 seconds" }, offer.Titles);
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA006")]
    public Task WritesAfterCreationArePartOfTheBody()
        => Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json.Nodes;
            using System.Threading.Tasks;

            class App
            {
                async Task Run(HttpClient http, bool pro, int duration)
                {
                    var body = new JsonObject { ["model"] = "sora-2", ["prompt"] = "a fox" };
                    body["seconds"] = {|SORA001:"10"|};
                    await http.PostAsJsonAsync("v1/videos", body);

                    var request = new Dictionary<string, object>();
                    request.Add("model", "sora-2");
                    request.Add("size", {|SORA003:"1792x1024"|});
                    request.TryAdd({|SORA006:"quality"|}, "high");
                    await http.PostAsJsonAsync("v1/videos", request);

                    var replaced = new Dictionary<string, string> { ["model"] = "sora-2", ["seconds"] = "10" };
                    replaced["seconds"] = "8";
                    await http.PostAsJsonAsync("v1/videos", replaced);

                    // When pro, the body asks sora-2-pro for 8 seconds, which it does not take.
                    var branch = new Dictionary<string, string> { ["model"] = "sora-2", ["seconds"] = {|SORA001:"8"|} };
                    if (pro)
                    {
                        branch["model"] = "sora-2-pro";
                    }

                    await http.PostAsJsonAsync("v1/videos", branch);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TryAddAndAddSetAValueOnlyWhereTheKeyMayBeAbsent()
        => Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            class App
            {
                async Task Run(HttpClient http, bool longer)
                {
                    var kept = new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = "8" };
                    kept.TryAdd("seconds", "10");
                    await http.PostAsJsonAsync("v1/videos", kept);

                    var sent = new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = {|SORA001:"10"|} };
                    sent.TryAdd("seconds", "8");
                    await http.PostAsJsonAsync("v1/videos", sent);

                    var defaulted = new Dictionary<string, object> { ["model"] = "sora-2" };
                    if (longer)
                    {
                        defaulted["seconds"] = {|SORA001:"10"|};
                    }

                    defaulted.TryAdd("seconds", "4");
                    await http.PostAsJsonAsync("v1/videos", defaulted);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA006")]
    public Task AWriteOfAFieldTheEndpointDoesNotTakeIsRemovedWithItsStatement()
        => Verify.FixAsync("""
            using System.Collections.Generic;

            class App
            {
                object Body()
                {
                    var body = new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = "8" };
                    body[{|SORA006:"n_variants"|}] = 2;
                    return body;
                }
            }
            """, """
            using System.Collections.Generic;

            class App
            {
                object Body()
                {
                    var body = new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = "8" };
                    return body;
                }
            }
            """,
            FixKeys.FixParameter);
}
