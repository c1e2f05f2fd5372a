using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/design.md, "Fixes": equivalence keys name the kind of choice, not the value, so Fix All (document, project, solution)
/// applies "the nearest value" to every diagnostic, whatever that value is: on a tie, the shorter.
/// <see cref="Verify.FixAsync"/> runs every Fix All scope besides the one-by-one fixes.
/// </summary>
public class FixAllTests
{
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task EachDiagnosticGetsItsOwnNearestValue()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:15|});
                    VideoClient.CreateVideoLong("a fox", "sora-2", {|SORA001:6L|});
                    VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:"12"|});
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 12);
                    VideoClient.CreateVideoLong("a fox", "sora-2", 4L);
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SecondChoiceAppliesOnlyWhereThereIsATie()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"15"|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"6"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "12");
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"15"|});
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds + ".2");

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task OtherRulesAreLeftAlone()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|}, {|SORA003:"1792x1024"|});
                    VideoClient.CreateVideo("a fox", {|SORA002:"sora2"|}, "10");
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"5"|}, {|SORA003:"1080x1920"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8", {|SORA003:"1792x1024"|});
                    VideoClient.CreateVideo("a fox", {|SORA002:"sora2"|}, "10");
                    VideoClient.CreateVideo("a fox", "sora-2", "4", {|SORA003:"1080x1920"|});
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelEverywhere()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
                    VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:"8"|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"20"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"20"|});
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AddedArgumentsAndRewrittenValuesTogether()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    Studio.{|SORA001:GenerateVideo|}("a fox");
                    Studio.GenerateVideo("a fox", seconds: {|SORA001:15|});
                    Studio.{|SORA001:GenerateVideo|}();
                }
            }

            static class Studio
            {
                public static void GenerateVideo(string prompt = "", string model = "sora-2", int seconds = 6) { }
            }
            """,
            """
            class App
            {
                void Run()
                {
                    Studio.GenerateVideo("a fox", seconds: 4);
                    Studio.GenerateVideo("a fox", seconds: 12);
                    Studio.GenerateVideo(seconds: 4);
                }
            }

            static class Studio
            {
                public static void GenerateVideo(string prompt = "", string model = "sora-2", int seconds = 6) { }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task AcrossDocumentsOfAProject()
    {
        var test = new Verify.FixTest { CodeActionEquivalenceKey = FixKeys.UseNearestSeconds };
        test.TestState.Sources.Add(("/Trailer.cs", """
            class Trailer
            {
                void Render() => VideoClient.CreateVideo("a fox", Models.Fast, {|SORA001:"10"|});
            }
            """));
        test.TestState.Sources.Add(("/Teaser.cs", """
            class Teaser
            {
                void Render()
                {
                    VideoClient.CreateVideoWithNumbers("a fox", Models.Fast, {|SORA001:15|});
                    VideoClient.CreateVideo("a fox", Models.Best, {|SORA001:"30"|});
                }
            }
            """));
        test.TestState.Sources.Add(("/Models.cs", Models));
        test.FixedState.Sources.Add(("/Trailer.cs", """
            class Trailer
            {
                void Render() => VideoClient.CreateVideo("a fox", Models.Fast, "8");
            }
            """));
        test.FixedState.Sources.Add(("/Teaser.cs", """
            class Teaser
            {
                void Render()
                {
                    VideoClient.CreateVideoWithNumbers("a fox", Models.Fast, 12);
                    VideoClient.CreateVideo("a fox", Models.Best, "25");
                }
            }
            """));
        test.FixedState.Sources.Add(("/Models.cs", Models));
        await test.RunAsync();
    }

    private const string Models = """
        static class Models
        {
            public const string Fast = "sora-2";
            public const string Best = "sora-2-pro";
        }
        """ + VideoApi.Declarations;
}
