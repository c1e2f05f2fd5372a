using System.Globalization;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Localization;

/// <summary>
/// The light bulb's titles follow the IDE's UI culture (CodeFixResources reads CultureInfo.CurrentUICulture): the
/// same menu in English and in Simplified Chinese, values unchanged.
/// </summary>
public class CodeFixTitleLocalizationTests
{
    private const string Source = """
        class App
        {
            void Run()
            {
                VideoClient.CreateVideo("a fox", "sora-2", "10");
                VideoClient.CreateVideo("a fox", "sora2", "8");
                VideoClient.CreateVideo("a fox", "sora-2", size: "1792x1024");
            }
        }
        """ + VideoApi.Declarations;

    public static TheoryData<string, string[][]> Menus => new()
    {
        {
            "en",
            [
                ["SORA001", "Use 8 seconds", "Use 12 seconds", "Switch model to 'sora-2-pro'"],
                ["SORA002", "Change model to 'sora-2'"],
                ["SORA003", "Use size '1280x720'", "Switch model to 'sora-2-pro'"],
            ]
        },
        {
            "zh-Hans",
            [
                ["SORA001", "使用 8 秒", "使用 12 秒", "切换到模型 'sora-2-pro'"],
                ["SORA002", "将模型更改为 'sora-2'"],
                ["SORA003", "使用尺寸 '1280x720'", "切换到模型 'sora-2-pro'"],
            ]
        },
        {
            // Windows and Visual Studio in mainland China run zh-CN, whose parent culture is zh-Hans.
            "zh-CN",
            [
                ["SORA001", "使用 8 秒", "使用 12 秒", "切换到模型 'sora-2-pro'"],
                ["SORA002", "将模型更改为 'sora-2'"],
                ["SORA003", "使用尺寸 '1280x720'", "切换到模型 'sora-2-pro'"],
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task TitlesFollowTheUICulture(string culture, string[][] expected)
    {
        CultureInfo previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var offers = await OfferedFixes.ForAsync(Source);

            Assert.Equal(expected, offers.Select(o => new[] { o.DiagnosticId }.Concat(o.Titles).ToArray()).ToArray());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task EquivalenceKeysDoNotDependOnTheCulture()
    {
        CultureInfo previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            var english = await OfferedFixes.ForAsync(Source);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
            var chinese = await OfferedFixes.ForAsync(Source);

            Assert.Equal(english.SelectMany(o => o.Keys), chinese.SelectMany(o => o.Keys));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
