using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/rules/SORA003.md, "Fixes": "Use size 'S'" with the closest supported size of the same orientation. A size written
/// the way a person would (<c>1280*720</c>) is rejected by the API but still tells the orientation.
/// </summary>
[Trait("Rule", "SORA003")]
public class SizeFixTests
{
    public static TheoryData<string, string, string> SameOrientation => new()
    {
        // model, requested, closest supported size of the same orientation
        { "sora-2", "1792x1024", "1280x720" },
        { "sora-2", "1024x1792", "720x1280" },
        { "sora-2", "1920x1080", "1280x720" },
        { "sora-2", "1080x1920", "720x1280" },
        { "sora-2", "1280*720", "1280x720" },
        { "sora-2", "720 X 1280", "720x1280" },
        { "sora-2", "1280×720", "1280x720" },
        { "sora-2-pro", "1920x1080", "1792x1024" },
        { "sora-2-pro", "1080x1920", "1024x1792" },
        { "sora-2-pro", "1366x768", "1280x720" },
    };

    [Theory]
    [MemberData(nameof(SameOrientation))]
    public Task UsesTheClosestSizeOfTheSameOrientation(string model, string requested, string closest)
        => Verify.FixAsync(
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "{{model}}", size: {|SORA003:"{{requested}}"|});
            }
            """ + VideoApi.Declarations,
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "{{model}}", size: "{{closest}}");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSize);

    [Fact]
    public async Task SquareOrUnreadableSizeOffersEverySupportedSize()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", size: "1024x1024");
                    VideoClient.CreateVideo("a fox", "sora-2", size: "hd");
                }
            }
            """ + VideoApi.Declarations);

        Assert.All(offers, offer => Assert.Equal(new[] { "Use size '1280x720'", "Use size '720x1280'" }, offer.Titles));
        Assert.Equal(2, offers.Length);
    }

    [Fact]
    public Task SizeConstantIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            static class Sizes
            {
                public const string Wide = "1792x1024";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8", {|SORA003:Sizes.Wide|});
            }
            """ + VideoApi.Declarations,
            """
            static class Sizes
            {
                public const string Wide = "1792x1024";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8", "1280x720");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSize);
}
