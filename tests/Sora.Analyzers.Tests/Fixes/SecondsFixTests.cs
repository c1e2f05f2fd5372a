using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/rules/SORA001.md, "Fixes": "Use N seconds" puts the nearest duration the model supports in place of the requested one;
/// on a tie there is one action per nearest value, the shorter first.
/// </summary>
[Trait("Rule", "SORA001")]
public class SecondsFixTests
{
    public static TheoryData<string, string, string> Nearest => new()
    {
        // model, requested, nearest supported
        { "sora-2", "5", "4" },
        { "sora-2", "15", "12" },
        { "sora-2", "30", "12" },
        { "sora-2-pro", "5", "10" },
        { "sora-2-pro", "12", "10" },
        { "sora-2-pro", "30", "25" },
        { "sora-2-2025-10-06", "9", "8" },
    };

    [Theory]
    [MemberData(nameof(Nearest))]
    public Task UsesTheNearestSupportedDuration(string model, string requested, string nearest)
        => Verify.FixAsync(
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "{{model}}", {|SORA001:"{{requested}}"|});
            }
            """ + VideoApi.Declarations,
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "{{model}}", "{{nearest}}");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public async Task OnATieBothDurationsAreOfferedTheShorterFirst()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "10");
            }
            """ + VideoApi.Declarations);

        var offer = Assert.Single(offers);
        Assert.Equal(new[] { "Use 8 seconds", "Use 12 seconds", "Switch model to 'sora-2-pro'" }, offer.Titles);
        Assert.Equal(new[] { FixKeys.UseNearestSeconds, FixKeys.UseNearestSeconds + ".2", FixKeys.SwitchModelForSeconds }, offer.Keys);
    }

    [Fact]
    public Task OnATieTheFirstActionUsesTheShorterDuration()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task OnATieTheSecondActionUsesTheLongerDuration()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "12");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds + ".2");

    [Fact]
    public Task TieOnTheProModel()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:"20"|});
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2-pro", {|SORA001:20|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "25");
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2-pro", 25);
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds + ".2");

    [Fact]
    public Task TextTheApiWouldNotReadAsItsNumberIsWrittenCanonically()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"08"|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"12.0"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                    VideoClient.CreateVideo("a fox", "sora-2", "12");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task TextThatIsNoNumberGetsTheModelsDefault()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"ten"|});
                    VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:""|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "4");
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task FractionalSecondsGoToTheNearestWholeDuration()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", {|SORA001:10.5|});
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            """
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", 12.0);
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task RequestWithoutModelIsCheckedAgainstSora2()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Jobs.SubmitVideoJob({|SORA001:15|});
            }

            static class Jobs
            {
                public static void SubmitVideoJob(int seconds) { }
            }
            """,
            """
            class App
            {
                void Run() => Jobs.SubmitVideoJob(12);
            }

            static class Jobs
            {
                public static void SubmitVideoJob(int seconds) { }
            }
            """,
            FixKeys.UseNearestSeconds, Verify.ListingTestClients);
}
