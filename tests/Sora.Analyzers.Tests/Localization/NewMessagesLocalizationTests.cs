using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Diagnostics;

namespace Sora.Analyzers.Tests.Localization;

/// <summary>SORA005's integer direction and SORA007's port in English and Simplified Chinese (docs/rules/SORA005.md, docs/rules/SORA007.md).</summary>
public class NewMessagesLocalizationTests
{
    public static TheoryData<string, string, string> Messages => new()
    {
        { "en", nameof(Descriptors.SecondsAsText), "The API takes 'seconds' as a number: send 8, not the string '8'." },
        { "zh-Hans", nameof(Descriptors.SecondsAsText), "API 要求 'seconds' 为数字：请发送 8，而不是字符串 '8'。" },
        { "en", nameof(Descriptors.SecondsExpressionAsText), "The API takes 'seconds' as a number: send '8' as a number, not as text." },
        { "zh-Hans", nameof(Descriptors.SecondsExpressionAsText), "API 要求 'seconds' 为数字：请将 '8' 作为数字发送，而不是文本。" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void TheIntegerDirectionReadsInBothLanguages(string culture, string descriptor, string expected)
    {
        var rule = (DiagnosticDescriptor)typeof(Descriptors).GetField(descriptor)!.GetValue(null)!;

        string format = rule.MessageFormat.ToString(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, string.Format(CultureInfo.InvariantCulture, format, "8"));
    }

    [Theory]
    [InlineData("en", "The API takes 'seconds' in another JSON type")]
    [InlineData("zh-Hans", "API 要求 'seconds' 为另一种 JSON 类型")]
    public void TheTitleCoversBothDirections(string culture, string expected)
        => Assert.Equal(expected, Descriptors.SecondsAsText.Title.ToString(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en", "Port to 'veo-3.1-generate-preview'", "Send seconds as a number")]
    [InlineData("zh-Hans", "迁移到 'veo-3.1-generate-preview'", "以数字发送 seconds")]
    public void TheNewActionTitlesFollowTheUICulture(string culture, string port, string asNumber)
    {
        CultureInfo previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(port, string.Format(CultureInfo.InvariantCulture, Sora.Analyzers.CodeFixes.Fixes.CodeFixResources.PortTo, "veo-3.1-generate-preview"));
            Assert.Equal(asNumber, Sora.Analyzers.CodeFixes.Fixes.CodeFixResources.SendSecondsAsNumber);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
