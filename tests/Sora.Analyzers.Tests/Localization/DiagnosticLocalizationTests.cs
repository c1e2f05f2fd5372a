using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Tests.Localization;

/// <summary>
/// docs/design.md, "Diagnostics" (step 5): every rule has a title, message and description in English and Simplified Chinese (zh-Hans). The compiler
/// renders a diagnostic in the culture of the build or the IDE; these tests render each one in both cultures, the way
/// it does, from the satellite assembly the build produces.
/// </summary>
public class DiagnosticLocalizationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = new VideoRequestAnalyzer().SupportedDiagnostics;

    /// <summary>Realistic arguments for each message, as the analyzer passes them (value lists already quoted).</summary>
    private static readonly Dictionary<string, object[]> SampleArguments = new()
    {
        ["SORA001"] = ["sora-2", "10", "'4', '8', and '12'"],
        ["SORA002"] = ["sora2", "'sora-2' and 'sora-2-pro'"],
        ["SORA003"] = ["sora-2", "1792x1024", "'1280x720' and '720x1280'"],
        ["SORA004"] = ["sora-2", "OpenAI deprecated the Videos API and this model on 2026-03-24 and shut them down on 2026-09-24 with no replacement"],
        ["SORA005"] = ["8"],
        ["SORA006"] = ["duration", "'input_reference', 'model', 'prompt', 'seconds', and 'size'"],
        ["SORA007"] = ["sora-2", "2026-09-24"],
        ["SORA900"] = ["sora-rules.json", "'seconds' must list at least one duration (line 4, column 18)"],
        ["SORA901"] = ["opanai", "sora_analyzers.rule_table", "'apiyi', 'azure-openai', 'llmgateway', and 'openai'"],
    };

    /// <summary>The second messages of a rule (its first is the page's), by their English format, with realistic arguments.</summary>
    private static readonly Dictionary<string, object[]> VariantArguments = new()
    {
        ["No video model supports seconds '{0}'. Supported values are: {1}."] = ["10", "'4', '8', '12', '10', '15', and '25'"],
        ["No video model supports size '{0}'. Supported values are: {1}."] = ["1920x1080", "'1280x720', '720x1280', '1792x1024', and '1024x1792'"],
        ["The API takes 'seconds' as a string: send '{0}' as text, not as a number."] = ["(int)duration.TotalSeconds"],
        ["Every video model of rule table '{0}' was removed (the last on {1}): the API rejects every request."] = ["openai", "2026-09-24"],
    };

    public static TheoryData<string> RuleIds
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (string id in Descriptors.Select(d => d.Id).Distinct())
            {
                ids.Add(id);
            }

            return ids;
        }
    }

    /// <summary>Every descriptor after the first of its rule: a rule may say its finding in a second way (the model is not a constant).</summary>
    public static TheoryData<int> VariantDescriptors
    {
        get
        {
            var indexes = new TheoryData<int>();
            for (int i = 0; i < Descriptors.Length; i++)
            {
                if (Descriptors[i] != Descriptor(Descriptors[i].Id))
                {
                    indexes.Add(i);
                }
            }

            return indexes;
        }
    }

    [Theory]
    [MemberData(nameof(VariantDescriptors))]
    public void EveryOtherMessageOfARuleIsTranslatedAndKeepsEveryArgument(int index)
    {
        DiagnosticDescriptor descriptor = Descriptors[index];
        string format = descriptor.MessageFormat.ToString(English);
        Assert.True(VariantArguments.ContainsKey(format), $"Add sample arguments for '{format}'.");
        object[] arguments = VariantArguments[format];
        Diagnostic diagnostic = Diagnostic.Create(descriptor, Location.None, arguments);

        string english = diagnostic.GetMessage(English);
        string chinese = diagnostic.GetMessage(Chinese);

        Assert.Equal(descriptor.Title.ToString(English), Descriptor(descriptor.Id).Title.ToString(English));
        Assert.True(HasChinese(chinese), $"{format} in zh-Hans: {chinese}");
        foreach (object argument in arguments)
        {
            Assert.Contains((string)argument, english, StringComparison.Ordinal);
            Assert.Contains((string)argument, chinese, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void TitleIsTranslated(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);

        string english = descriptor.Title.ToString(English);
        string chinese = descriptor.Title.ToString(Chinese);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(english, chinese);
        Assert.True(HasChinese(chinese), $"{id} title in zh-Hans: {chinese}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DescriptionIsTranslated(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);

        string english = descriptor.Description.ToString(English);
        string chinese = descriptor.Description.ToString(Chinese);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(english, chinese);
        Assert.True(HasChinese(chinese), $"{id} description in zh-Hans: {chinese}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void MessageIsTranslatedAndKeepsEveryArgument(string id)
    {
        Assert.True(SampleArguments.ContainsKey(id), $"Add sample arguments for {id}.");
        object[] arguments = SampleArguments[id];
        Diagnostic diagnostic = Diagnostic.Create(Descriptor(id), Location.None, arguments);

        string english = diagnostic.GetMessage(English);
        string chinese = diagnostic.GetMessage(Chinese);

        Assert.NotEqual(english, chinese);
        Assert.True(HasChinese(chinese), $"{id} message in zh-Hans: {chinese}");
        foreach (object argument in arguments)
        {
            Assert.Contains((string)argument, english, StringComparison.Ordinal);
            Assert.Contains((string)argument, chinese, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> Messages => new()
    {
        // id, English (the rule pages' wording), Simplified Chinese
        { "SORA001", "Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'.", "模型 'sora-2' 不支持时长 '10'。支持的值为：'4', '8', and '12'。" },
        { "SORA002", "Unknown video model 'sora2'. Supported values are: 'sora-2' and 'sora-2-pro'.", "未知的视频模型 'sora2'。支持的值为：'sora-2' and 'sora-2-pro'。" },
        { "SORA003", "Model 'sora-2' does not support size '1792x1024'. Supported values are: '1280x720' and '720x1280'.", "模型 'sora-2' 不支持尺寸 '1792x1024'。支持的值为：'1280x720' and '720x1280'。" },
        { "SORA901", "Unknown value 'opanai' for option 'sora_analyzers.rule_table'. Supported values are: 'apiyi', 'azure-openai', 'llmgateway', and 'openai'.", "选项 'sora_analyzers.rule_table' 的值 'opanai' 无法识别。支持的值为：'apiyi', 'azure-openai', 'llmgateway', and 'openai'。" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void MessageReadsTheSameInBothCultures(string id, string english, string chinese)
    {
        Diagnostic diagnostic = Diagnostic.Create(Descriptor(id), Location.None, SampleArguments[id]);

        Assert.Equal(english, diagnostic.GetMessage(English));
        Assert.Equal(chinese, diagnostic.GetMessage(Chinese));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-SG")]
    public void SimplifiedChineseRegionsFallBackToZhHans(string culture)
    {
        DiagnosticDescriptor descriptor = Descriptor("SORA001");

        Assert.Equal(descriptor.Title.ToString(Chinese), descriptor.Title.ToString(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void OtherCulturesGetEnglish()
    {
        DiagnosticDescriptor descriptor = Descriptor("SORA001");

        Assert.Equal(descriptor.Title.ToString(English), descriptor.Title.ToString(CultureInfo.GetCultureInfo("fr")));
        Assert.Equal(descriptor.Title.ToString(English), descriptor.Title.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(typeof(VideoRequestAnalyzer))]
    [InlineData(typeof(Sora.Analyzers.CodeFixes.Fixes.VideoRequestCodeFixProvider))]
    public void TheBuildProducesASatelliteAssembly(Type typeInAssembly)
    {
        string assembly = typeInAssembly.Assembly.Location;
        string satellite = Path.Combine(Path.GetDirectoryName(assembly)!, "zh-Hans", Path.GetFileNameWithoutExtension(assembly) + ".resources.dll");

        Assert.True(File.Exists(satellite), satellite + " is missing.");
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.First(d => d.Id == id);

    // CJK Unified Ideographs: a text still in English has none.
    private static bool HasChinese(string text) => text.Any(c => c >= '\u4E00' && c <= '\u9FFF');
}
