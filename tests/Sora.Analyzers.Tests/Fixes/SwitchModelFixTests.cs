using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/rules/SORA001.md and SORA003.md, "Fixes": "Switch model to 'M'" keeps the requested seconds or size and changes only the model, to one that
/// accepts the whole request.
/// </summary>
public class SwitchModelFixTests
{
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SecondsOnlyTheProModelSupports()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"15"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", "15");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SecondsOnlyTheSmallerModelSupports()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2-pro", {|SORA001:12|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 12);
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task SizeOnlyTheProModelSupports()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", size: {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", size: "1792x1024");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSize);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task OneSwitchCanFixSecondsAndSizeTogether()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|}, {|SORA003:"1024x1792"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", "10", "1024x1792");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSize);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public async Task NoSwitchIsOfferedWhenNoModelAcceptsTheWholeRequest()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8", "1792x1024");
                    VideoClient.CreateVideo("a fox", "sora-2", "20");
                }
            }
            """ + VideoApi.Declarations);

        Assert.Collection(
            offers,
            size => Assert.Equal(new[] { FixKeys.UseNearestSize }, size.Keys),
            seconds => Assert.Equal(new[] { FixKeys.UseNearestSeconds }, seconds.Keys));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ModelConstantIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            static class Models
            {
                public const string Default = "sora-2";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", Models.Default, {|SORA001:"25"|});
            }
            """ + VideoApi.Declarations,
            """
            static class Models
            {
                public const string Default = "sora-2";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", "25");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ModelLocalIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    var model = "sora-2";
                    VideoClient.CreateVideo("a fox", model, {|SORA001:"15"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    var model = "sora-2";
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "15");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SnapshotNameSwitchesToTheCanonicalName()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-2025-10-06", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", "10");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task RequestWithoutModelGetsTheModelAsANamedArgument()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", seconds: {|SORA001:"15"|});
                    VideoClient.CreateVideo("a fox", size: {|SORA003:"1024x1792"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", seconds: "15", model: "sora-2-pro");
                    VideoClient.CreateVideo("a fox", size: {|SORA003:"1024x1792"|});
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task RequestWithoutModelGetsTheModelForASize()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", size: {|SORA003:"1024x1792"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", size: "1024x1792", model: "sora-2-pro");
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSize, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task NoSwitchWhenTheCallTakesNoModel()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run() => Jobs.SubmitVideoJob(15);
            }

            static class Jobs
            {
                public static void SubmitVideoJob(int seconds) { }
            }
            """, Verify.ListingTestClients);

        Assert.Equal(new[] { FixKeys.UseNearestSeconds }, Assert.Single(offers).Keys);
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task NoModelIsAddedToAParameterThatTakesNoText()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run() => Jobs.SubmitVideoJob(15);
            }

            static class Jobs
            {
                public static void SubmitVideoJob(int seconds, object? model = null) { }
            }
            """, Verify.ListingTestClients);

        Assert.Equal(new[] { FixKeys.UseNearestSeconds }, Assert.Single(offers).Keys);
    }
}
