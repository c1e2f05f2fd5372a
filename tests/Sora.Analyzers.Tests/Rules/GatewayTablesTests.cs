using System.Text.Json;
using System.Text.RegularExpressions;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// docs/configuration.md, "Which table matches my endpoint": the Azure OpenAI and LLMGateway tables, to the letter of
/// their sources (each table's description names the source and its version).
/// </summary>
public class GatewayTablesTests
{
    public static TheoryData<string, int[], string[]> LLMGatewayModels => new()
    {
        // model, seconds (a range spelled out), sizes
        { "veo-3.1-generate-preview", [4, 6, 8, 10], ["1280x720", "720x1280", "1920x1080", "1080x1920", "3840x2160", "2160x3840"] },
        { "veo-3.1-fast-generate-preview", [4, 6, 8, 10], ["1280x720", "720x1280", "1920x1080", "1080x1920", "3840x2160", "2160x3840"] },
        { "seedance-2-5", Enumerable.Range(4, 27).ToArray(), ["848x480", "854x480", "480x854", "1280x720", "720x1280", "1920x1080", "1080x1920"] },
        { "seedance-2-0", Enumerable.Range(4, 12).ToArray(), ["1280x720", "720x1280", "1920x1080", "1080x1920"] },
        { "seedance-2-0-fast", Enumerable.Range(4, 12).ToArray(), ["1280x720", "720x1280"] },
        { "seedance-2-0-mini", Enumerable.Range(4, 12).ToArray(), ["1280x720", "720x1280", "848x480", "854x480", "480x854"] },
        { "seedance-1-5-pro", [5, 10], ["1280x720", "720x1280", "1920x1080", "1080x1920"] },
        { "kling-v3-0", [5, 10], ["1280x720", "720x1280", "1920x1080", "1080x1920", "3840x2160", "2160x3840"] },
        { "kling-v3-0-turbo", [5, 10], ["1280x720", "720x1280", "1920x1080", "1080x1920"] },
    };

    [Theory]
    [MemberData(nameof(LLMGatewayModels))]
    public void LLMGatewayModelsAreAsItsDocumentationStates(string name, int[] seconds, string[] sizes)
    {
        VideoModel model = BuiltInRuleTables.Find("llmgateway")!.Find(name)!;

        Assert.Equal(seconds, model.Seconds);
        Assert.Equal(sizes, model.Sizes);
        Assert.False(model.IsRemoved);
    }

    [Fact]
    public void LLMGatewayTakesSecondsAsAnIntegerAndItsOwnBodyFields()
    {
        RuleTable table = BuiltInRuleTables.Find("llmgateway")!;

        Assert.Equal(9, table.Models.Length);
        Assert.Equal("veo-3.1-generate-preview", table.DefaultModel);
        Assert.Equal(SecondsType.Integer, table.SecondsType);
        Assert.Equal<string>(
            ["model", "prompt", "seconds", "size", "audio", "image", "last_frame", "reference_images", "input_reference", "reference_videos", "reference_audios", "callback_url", "callback_secret", "n"],
            table.Parameters);
        Assert.Equal<string>(["api.llmgateway.io"], table.Endpoints);
        Assert.True(table.Find("kling-v3-0-turbo")!.Audio);
    }

    [Fact]
    public void LLMGatewaysDescriptionNamesTheVersionsItFollows()
    {
        string text = BuiltInRuleTables.ReadText("llmgateway");

        Assert.Contains("0766a503", text);
        Assert.Contains("0024ee9b", text);
    }

    [Theory]
    [InlineData("sora-2", "2026-10-15")]
    [InlineData("sora-2-2025-12-08", "2026-10-15")]
    [InlineData("sora-2-2025-10-06", "2026-07-15")]
    [InlineData("sora-2-pro", "2026-10-15")]
    [InlineData("sora-2-pro-2025-10-06", "2026-10-15")]
    public void AzureRetiredEachSoraVersionOnItsOwnDay(string name, string removed)
    {
        VideoModel model = BuiltInRuleTables.Find("azure-openai")!.Find(name)!;

        Assert.Equal(removed, model.Removed);
        Assert.Null(model.Replacement);
    }

    [Fact]
    public void AzureTakesOpenAIsBodyAndValues()
    {
        RuleTable azure = BuiltInRuleTables.Find("azure-openai")!;
        RuleTable openai = BuiltInRuleTables.Find("openai")!;

        Assert.Equal<string>(openai.Parameters, azure.Parameters);
        Assert.Equal(SecondsType.String, azure.SecondsType);
        Assert.Equal<string>(["*.openai.azure.com"], azure.Endpoints);
        foreach (string name in new[] { "sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08", "sora-2-pro", "sora-2-pro-2025-10-06" })
        {
            Assert.Equal<int>(openai.Find(name)!.Seconds, azure.Find(name)!.Seconds);
            Assert.Equal<string>(openai.Find(name)!.Sizes, azure.Find(name)!.Sizes);
        }
    }

    [Theory]
    [InlineData("apiyi", "api.apiyi.com")]
    [InlineData("openai", "api.openai.com")]
    public void TheSoraTablesNameTheirHosts(string table, string host)
        => Assert.Equal<string>([host], BuiltInRuleTables.Find(table)!.Endpoints);

    public static TheoryData<string> Names => new(BuiltInRuleTables.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryBuiltInTableNamesItsSourceAndItsVersion(string name)
    {
        string description = JsonDocument.Parse(BuiltInRuleTables.ReadText(name)).RootElement.GetProperty("description").GetString()!;

        // A version is a dated source, a commit, or the guide's version named as such.
        Assert.Matches(new Regex(@"\b(20\d\d-\d\d-\d\d|[0-9a-f]{8}|version)\b"), description);
        Assert.True(description.Length > 80, name + ": the description should say where the values come from.");
    }
}
