using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>docs/design.md, "Fixes", on payloads: values rewritten in place, and a missing model added in the payload's own style.</summary>
public class PayloadFixTests
{
    private const string Studio = """

        class Studio
        {
            public void SubmitVideo(object body) { }
        }
        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AnonymousObjectValueKeepsItsForm()
        => Verify.FixAsync("""
            class App
            {
                object Body() => new { model = "sora-2", seconds = {|SORA001:"10"|} /* from the brief */, prompt = "a fox" };
                object Numbers() => new { model = "sora-2", seconds = {|SORA001:15|} };
            }
            """, """
            class App
            {
                object Body() => new { model = "sora-2", seconds = "8" /* from the brief */, prompt = "a fox" };
                object Numbers() => new { model = "sora-2", seconds = 12 };
            }
            """, FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelAddsTheModelToAnAnonymousObjectOnOneLine()
        => Verify.FixAsync("""
            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new { prompt = "a fox", seconds = {|SORA001:"10"|} });
            }
            """ + Studio, """
            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new { prompt = "a fox", seconds = "10", model = "sora-2-pro" });
            }
            """ + Studio, FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelAddsTheModelOnItsOwnLineWhenMembersAreOnSeparateLines()
        => Verify.FixAsync("""
            class App
            {
                void Run(Studio studio)
                {
                    studio.SubmitVideo(new
                    {
                        prompt = "a fox",
                        seconds = {|SORA001:"10"|},
                    });
                    studio.SubmitVideo(new
                    {
                        prompt = "a fox",
                        seconds = {|SORA001:"15"|}
                    });
                }
            }
            """ + Studio, """
            class App
            {
                void Run(Studio studio)
                {
                    studio.SubmitVideo(new
                    {
                        prompt = "a fox",
                        seconds = "10",
                        model = "sora-2-pro",
                    });
                    studio.SubmitVideo(new
                    {
                        prompt = "a fox",
                        seconds = "15",
                        model = "sora-2-pro"
                    });
                }
            }
            """ + Studio, FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelAddsTheMemberTheTypeDeclares()
        => Verify.FixAsync("""
            using System.Text.Json.Serialization;

            class VideoRequest
            {
                [JsonPropertyName("model")] public string? Engine { get; set; }
                public int Seconds { get; set; }
            }

            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new VideoRequest { Seconds = {|SORA001:10|} });
            }
            """ + Studio, """
            using System.Text.Json.Serialization;

            class VideoRequest
            {
                [JsonPropertyName("model")] public string? Engine { get; set; }
                public int Seconds { get; set; }
            }

            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new VideoRequest { Seconds = 10, Engine = "sora-2-pro" });
            }
            """ + Studio, FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelAddsAnEntryInTheDictionarysStyle()
        => Verify.FixAsync("""
            using System.Collections.Generic;

            class App
            {
                void Run(Studio studio)
                {
                    studio.SubmitVideo(new Dictionary<string, object> { ["seconds"] = {|SORA001:10|} });
                    studio.SubmitVideo(new Dictionary<string, string> { { "seconds", {|SORA001:"15"|} } });
                }
            }
            """ + Studio, """
            using System.Collections.Generic;

            class App
            {
                void Run(Studio studio)
                {
                    studio.SubmitVideo(new Dictionary<string, object> { ["seconds"] = 10, ["model"] = "sora-2-pro" });
                    studio.SubmitVideo(new Dictionary<string, string> { { "seconds", "15" }, { "model", "sora-2-pro" } });
                }
            }
            """ + Studio, FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NoModelCanBeAddedToADictionaryOfNumbers()
        => Verify.FixAsync("""
            using System.Collections.Generic;

            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new Dictionary<string, int> { ["seconds"] = {|SORA001:10|} });
            }
            """ + Studio, """
            using System.Collections.Generic;

            class App
            {
                void Run(Studio studio) => studio.SubmitVideo(new Dictionary<string, int> { ["seconds"] = 8 });
            }
            """ + Studio, FixKeys.UseNearestSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA002")]
    public Task ClosestModelNameInADictionary()
        => Verify.FixAsync("""
            using System.Collections.Generic;

            class App
            {
                object Body() => new Dictionary<string, object> { ["model"] = {|SORA002:"Sora-2"|}, ["seconds"] = "8" };
            }
            """, """
            using System.Collections.Generic;

            class App
            {
                object Body() => new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = "8" };
            }
            """, FixKeys.UseClosestModel);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task FixAllAcrossPayloadShapesInOneDocument()
        => Verify.FixAsync("""
            using System.Collections.Generic;

            class VideoRequest { public string? Model { get; set; } public int Seconds { get; set; } }

            class App
            {
                object A() => new { model = "sora-2", seconds = {|SORA001:"10"|} };
                object B() => new VideoRequest { Model = "sora-2", Seconds = {|SORA001:15|} };
                object C() => new Dictionary<string, object> { ["model"] = "sora-2-pro", ["seconds"] = {|SORA001:30L|} };
                void D() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"5"|});
            }
            """ + VideoApi.Declarations, """
            using System.Collections.Generic;

            class VideoRequest { public string? Model { get; set; } public int Seconds { get; set; } }

            class App
            {
                object A() => new { model = "sora-2", seconds = "8" };
                object B() => new VideoRequest { Model = "sora-2", Seconds = 12 };
                object C() => new Dictionary<string, object> { ["model"] = "sora-2-pro", ["seconds"] = 25L };
                void D() => VideoClient.CreateVideo("a fox", "sora-2", "4");
            }
            """ + VideoApi.Declarations, FixKeys.UseNearestSeconds);
}
