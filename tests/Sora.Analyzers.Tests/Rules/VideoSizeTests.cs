using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// Sizes: the strict form is what the API and rule tables write (<c>1280x720</c>); the lenient form reads what a
/// person meant, so a fix for <c>"1280*720"</c> can still offer the size of the same orientation.
/// </summary>
[Trait("Rule", "SORA003")]
public class VideoSizeTests
{
    [Theory]
    [InlineData("1280x720", 1280, 720)]
    [InlineData("720x1280", 720, 1280)]
    [InlineData("1792x1024", 1792, 1024)]
    [InlineData("1x1", 1, 1)]
    public void StrictAcceptsTheApiForm(string text, int width, int height)
    {
        Assert.True(VideoSize.TryParse(text, out VideoSize size));
        Assert.Equal((width, height), (size.Width, size.Height));
        Assert.Equal(text, size.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1280X720")]
    [InlineData("1280*720")]
    [InlineData("1280×720")]
    [InlineData("1280 x 720")]
    [InlineData(" 1280x720")]
    [InlineData("1280x720 ")]
    [InlineData("1280x720p")]
    [InlineData("1280xx720")]
    [InlineData("1280x720x1")]
    [InlineData("x720")]
    [InlineData("1280x")]
    [InlineData("1280")]
    [InlineData("abc")]
    [InlineData("0x720")]
    [InlineData("1280x0")]
    [InlineData("-1280x720")]
    [InlineData("+1280x720")]
    [InlineData("01280x720")]
    [InlineData("1280x0720")]
    [InlineData("99999999999x720")]
    [InlineData("１２８０x７２０")]
    public void StrictRejectsAnythingElse(string? text)
        => Assert.False(VideoSize.TryParse(text, out _));

    [Theory]
    [InlineData("1280x720", 1280, 720)]
    [InlineData("1280*720", 1280, 720)]
    [InlineData("1280 X 720", 1280, 720)]
    [InlineData("1280×720", 1280, 720)]
    [InlineData("1280X720", 1280, 720)]
    [InlineData(" 720 x 1280 ", 720, 1280)]
    [InlineData("1792,1024", 1792, 1024)]
    public void LenientAcceptsWhatAPersonMeant(string text, int width, int height)
    {
        Assert.True(VideoSize.TryParseLenient(text, out VideoSize size));
        Assert.Equal((width, height), (size.Width, size.Height));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x720")]
    [InlineData("abc")]
    [InlineData("0x720")]
    [InlineData("1280x0")]
    [InlineData("1280")]
    [InlineData("1280x")]
    [InlineData("1280x720p")]
    [InlineData("hd")]
    public void LenientStillRejectsNonSizes(string? text)
        => Assert.False(VideoSize.TryParseLenient(text, out _));

    [Theory]
    [InlineData("1280x720", "Landscape")]
    [InlineData("1792x1024", "Landscape")]
    [InlineData("720x1280", "Portrait")]
    [InlineData("1024x1792", "Portrait")]
    [InlineData("1024x1024", "Square")]
    public void Orientation(string text, string orientation)
    {
        Assert.True(VideoSize.TryParse(text, out VideoSize size));
        Assert.Equal(orientation, size.Orientation.ToString());
    }

    [Fact]
    public void DistanceAddsTheDifferencesOfBothSides()
        => Assert.Equal(640 + 360, new VideoSize(1920, 1080).DistanceTo(new VideoSize(1280, 720)));
}
