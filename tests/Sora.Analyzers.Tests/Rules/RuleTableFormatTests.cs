using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// docs/configuration.md, "Format": the fields that say which endpoint a table describes and how it reads durations —
/// <c>endpoints</c>, <c>secondsType: integer</c>, and a model's <c>seconds</c> as a range.
/// </summary>
public class RuleTableFormatTests
{
    [Fact]
    public void ARangeAcceptsEveryWholeNumberBetweenItsEnds()
    {
        VideoModel model = ReadValid("""{ "models": [{ "name": "x", "seconds": { "min": 4, "max": 15 }, "sizes": ["1280x720"] }] }""").Find("x")!;

        Assert.Equal(Enumerable.Range(4, 12), model.Seconds);
        Assert.True(model.SupportsSeconds(4));
        Assert.True(model.SupportsSeconds(15));
        Assert.False(model.SupportsSeconds(3));
        Assert.False(model.SupportsSeconds(16));
        Assert.Equal(4, model.DefaultSeconds);
    }

    [Fact]
    public void ARangeMayNameItsDefault()
        => Assert.Equal(5, ReadValid("""{ "models": [{ "name": "x", "seconds": { "min": 4, "max": 15 }, "defaultSeconds": 5, "sizes": ["1280x720"] }] }""").Find("x")!.DefaultSeconds);

    [Fact]
    public void ARangeOfOneValueIsThatValue()
        => Assert.Equal(new[] { 8 }, ReadValid("""{ "models": [{ "name": "x", "seconds": { "min": 8, "max": 8 }, "sizes": ["1280x720"] }] }""").Find("x")!.Seconds);

    [Theory]
    [InlineData("integer", nameof(SecondsType.Integer))]
    [InlineData("string", nameof(SecondsType.String))]
    [InlineData("any", nameof(SecondsType.Any))]
    public void SecondsTypeTakesItsThreeSpellings(string written, string expected)
        => Assert.Equal(Enum.Parse<SecondsType>(expected), ReadValid($$"""{ "secondsType": "{{written}}" }""").SecondsType);

    [Fact]
    public void AFilesEndpointsAddToItsBaseTablesHosts()
    {
        RuleTable table = ReadValid("""{ "extends": "openai", "endpoints": ["openai-proxy.example.com", "*.gw.example.com", "API.OPENAI.COM"] }""");

        Assert.Equal(new[] { "api.openai.com", "openai-proxy.example.com", "*.gw.example.com" }, table.Endpoints);
        Assert.True(table.ServesHost("api.openai.com"));
        Assert.True(table.ServesHost("openai-proxy.example.com"));
        Assert.True(table.ServesHost("eu.gw.example.com"));
        Assert.False(table.ServesHost("gw.example.com"));
    }

    [Fact]
    public void AFileWithoutEndpointsKeepsItsBaseTablesHosts()
        => Assert.Equal(new[] { "api.llmgateway.io" }, ReadValid("""{ "extends": "llmgateway" }""").Endpoints);

    [Theory]
    [InlineData("apiyi")]
    [InlineData("azure-openai")]
    [InlineData("llmgateway")]
    [InlineData("openai")]
    public void ABuiltInTablesBaseIsItselfAndAFilesIsTheTableItExtends(string name)
    {
        Assert.Equal(name, BuiltInRuleTables.Find(name)!.BaseName);

        RuleTable extended = ReadValid($$"""{ "name": "team", "extends": "{{name}}" }""");
        Assert.Equal("team", extended.Name);
        Assert.Equal(name, extended.BaseName);
    }

    [Fact]
    public void AFileWithoutExtendsIsBasedOnTheTableItIsReadOver()
        => Assert.Equal("openai", RuleTableReader.Read("""{ "name": "team" }""", BuiltInRuleTables.Find("openai"), BuiltInRuleTables.Find).Table!.BaseName);

    [Theory]
    [InlineData("api.openai.com", "api.openai.com", true)]
    [InlineData("api.openai.com", "API.OpenAI.com", true)]
    [InlineData("api.openai.com", "api.openai.com.", true)]
    [InlineData("api.openai.com", "openai.com", false)]
    [InlineData("api.openai.com", "eu.api.openai.com", false)]
    [InlineData("*.openai.azure.com", "contoso.openai.azure.com", true)]
    [InlineData("*.openai.azure.com", "a.b.openai.azure.com", true)]
    [InlineData("*.openai.azure.com", "CONTOSO.OPENAI.AZURE.COM", true)]
    [InlineData("*.openai.azure.com", "openai.azure.com", false)]
    [InlineData("*.openai.azure.com", "contosoopenai.azure.com", false)]
    [InlineData("*.openai.azure.com", "contoso.openai.azure.com.evil.io", false)]
    public void ServesHostMatchesExactHostsAndSubdomainsOfASuffix(string pattern, string host, bool served)
        => Assert.Equal(served, new RuleTable("t", "x", [], endpoints: [pattern]).ServesHost(host));

    [Theory]
    [InlineData("api.openai.com", "openai")]
    [InlineData("my-resource.openai.azure.com", "azure-openai")]
    [InlineData("api.apiyi.com", "apiyi")]
    [InlineData("api.llmgateway.io", "llmgateway")]
    public void EachBuiltInTableServesItsEndpoint(string host, string table)
        => Assert.Equal(table, Assert.Single(BuiltInRuleTables.All, t => t.ServesHost(host)).Name);

    [Fact]
    public void AllListsEveryBuiltInTableDefaultFirst()
    {
        Assert.Same(BuiltInRuleTables.Default, BuiltInRuleTables.All[0]);
        Assert.Equal(BuiltInRuleTables.Names.OrderBy(n => n, StringComparer.Ordinal), BuiltInRuleTables.All.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static RuleTable ReadValid(string text)
    {
        RuleTableReadResult result = RuleTableReader.Read(text, BuiltInRuleTables.Default, BuiltInRuleTables.Find);
        Assert.Empty(result.Problems.Select(p => $"{p.Message} at {p.Start}"));
        return Assert.IsType<RuleTable>(result.Table);
    }
}
