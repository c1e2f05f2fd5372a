using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>
/// docs/rules/README.md, "Where requests are found": JSON text in constant strings. The squiggle sits on the characters of the value inside the literal,
/// whatever the literal's kind and whatever escapes come before the value.
/// </summary>
public class JsonStringFinderTests
{
    private const string Usings = """
        #pragma warning disable OPENAI001
        using System;
        using System.ClientModel;
        using System.Net.Http;
        using OpenAI.Videos;

        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task RegularStrings()
        => Verify.AnalyzerAsync("""
            class App
            {
                string Seconds() => "{\"model\":\"sora-2\",\"prompt\":\"a fox\",\"seconds\":\"{|SORA001:10|}\"}";
                string Size() => "{\"model\": \"sora-2\", \"size\": \"{|SORA003:1792x1024|}\"}";
                string Typo() => "{\"model\":\"{|SORA002:sora2|}\",\"seconds\":\"8\"}";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task EscapesBeforeTheValueAreMappedThrough()
        => Verify.AnalyzerAsync("""
            class App
            {
                string LineBreaksAndUnicodeQuotes() => "{\n  \u0022model\u0022: \"sora-2\",\n  \"seconds\": \"{|SORA001:10|}\"\n}";
                string EscapesInAnotherValue() => "{\"prompt\":\"\U0001F98A \x41 fox\\nat dawn \\\"quoted\\\"\",\"model\":\"sora-2\",\"size\":\"{|SORA003:1792x1024|}\"}";
                string Tabs() => "{\t\"model\":\t\"sora-2\",\t\"seconds\":\t{|SORA001:10|}}";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ValuesWrittenWithEscapesAreReportedOnAllTheirCharacters()
        => Verify.AnalyzerAsync("""
            class App
            {
                string CSharpEscape() => "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:1\u0030|}\"}";
                string JsonEscape() => "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:1\\u0030|}\"}";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task VerbatimStrings()
        => Verify.AnalyzerAsync("""
            class App
            {
                string OneLine() => @"{""model"": ""sora-2"", ""seconds"": ""{|SORA001:10|}""}";
                string Lines() => @"{
                  ""model"": ""sora-2-pro"",
                  ""seconds"": {|SORA001:12|},
                  ""size"": ""{|SORA003:1920x1080|}""
                }";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task RawStrings()
        => Verify.AnalyzerAsync("""""
            class App
            {
                string OneLine() => """{"model": "sora-2", "seconds": "{|SORA001:10|}"}""";

                string Indented()
                {
                    const string json = """
                        {
                          "model": "sora-2",
                          "prompt": "a fox",
                          "seconds": {|SORA001:10|},
                          "size": "{|SORA003:1792x1024|}"
                        }
                        """;
                    return json;
                }

                string MoreQuotes() => """"
                        {"model": "sora-2", "prompt": "say \"hi\"", "seconds": "{|SORA001:5|}"}
                    """";
            }
            """"");

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task ConstantInterpolatedStrings()
        => Verify.AnalyzerAsync(""""
            class App
            {
                const string Model = "sora-2";
                const string Ten = "10";

                string Regular() => $"{{\"model\":\"{Model}\",\"seconds\":\"{|SORA001:10|}\"}}";
                string Verbatim() => $@"{{""model"": ""{Model}"", ""size"": ""{|SORA003:1792x1024|}""}}";
                string Raw() => $$"""{"model": "{{Model}}", "seconds": {|SORA001:10|}}""";
                string RawLines() => $$"""
                    {
                      "model": "{{Model}}",
                      "seconds": "{|SORA001:10|}"
                    }
                    """;
                string ValueInAHole() => $"{{\"model\":\"sora-2\",\"seconds\":\"{{|SORA001:Ten|}}\"}}";
                string ModelInAHole() => $"{{\"model\":\"{{|SORA002:Typo|}}\",\"seconds\":\"8\"}}";
                string ValuePartlyInAHole() => $"{{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:1{Zero|}}\"}}";
                const string Typo = "sora2";
                const string Zero = "0";
            }
            """");

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NumbersForSeconds()
        => Verify.AnalyzerAsync("""
            class App
            {
                string Integer() => "{\"model\":\"sora-2-pro\",\"seconds\":{|SORA001:12|}}";
                string Fraction() => "{\"model\":\"sora-2\",\"seconds\":{|SORA001:8.5|}}";
                string Negative() => "{\"model\":\"sora-2\",\"seconds\":{|SORA001:-4|}}";
                string Exponent() => "{\"model\":\"sora-2\",\"seconds\":{|SORA001:1e1|}}";
                string BeyondDouble() => "{\"model\":\"sora-2\",\"seconds\":{|SORA001:1e999|}}";
                string Supported() => "{\"model\":\"sora-2\",\"seconds\":8}";
                string NumberForSizeIsNotTheApiValue() => "{\"model\":\"sora-2\",\"size\":1280}";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task EveryObjectThatNamesAModelIsARequest()
        => Verify.AnalyzerAsync("""
            class App
            {
                string Batch() => "[{\"model\":\"sora-2\",\"seconds\":\"8\"},{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:10|}\"}]";
                string Wrapped() => "{\"request\":{\"model\":\"sora-2-pro\",\"seconds\":\"{|SORA001:4|}\"},\"retries\":3}";
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task ConstFieldsAndParameterDefaults()
        => Verify.AnalyzerAsync("""
            class App
            {
                const string Body = "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:10|}\"}";
                static readonly string Other = "{\"model\":\"sora-2\",\"size\":\"{|SORA003:1024x1792|}\"}";
                void Send(string json = "{\"model\":\"sora-2-pro\",\"seconds\":\"{|SORA001:8|}\"}") { }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task JsonWithoutAModelIsARequestWhenItReachesAVideoCall()
        => Verify.AnalyzerAsync(Usings + """"
            class App
            {
                async System.Threading.Tasks.Task Sdk(VideoClient client)
                {
                    const string json = "{\"prompt\":\"a fox\",\"seconds\":\"{|SORA001:10|}\"}";
                    BinaryData data = BinaryData.FromString(json);
                    await client.CreateVideoAsync(BinaryContent.Create(data), "application/json");
                }

                void Inline(VideoClient client)
                    => client.CreateVideo(BinaryContent.Create(BinaryData.FromString("{\"size\":\"{|SORA003:1792x1024|}\"}")), "application/json");

                void Http(Studio studio)
                {
                    var content = new StringContent("""{"seconds": {|SORA001:5|}}""");
                    studio.SubmitVideo(content);
                }
            }

            class Studio
            {
                public void SubmitVideo(HttpContent body) { }
            }
            """", Verify.ListingTestClients);

    [Fact]
    public Task StringsThatAreNotVideoRequestsStaySilent()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                const string Chat = "{\"model\":\"gpt-4o\",\"seconds\":\"10\"}";
                const string NoModel = "{\"prompt\":\"a fox\",\"seconds\":\"10\"}";
                const string Prose = "Wait 10 \"seconds\" {then} retry";
                const string WrongCase = "{\"Model\":\"sora-2\",\"Seconds\":\"10\"}";
                const string Computed = "{\"model\":\"sora-2\",\"seconds\":null,\"size\":true}";

                void Send(Studio studio, string model)
                {
                    studio.Submit(new StringContent(NoModel));
                    string notConstant = $"{{\"model\":\"{model}\",\"seconds\":\"10\"}}";
                    string alsoNotConstant = $"{{\"model\":\"sora-2\",\"seconds\":\"{model.Length}\"}}";
                    ReadOnlySpan<byte> bytes = "{\"model\":\"sora-2\",\"seconds\":\"10\"}"u8;
                    string nestedWithoutModel = "{\"model\":\"sora-2\",\"seconds\":\"8\",\"input_reference\":{\"size\":\"1792x1024\"}}";
                }
            }

            class Studio
            {
                public void Submit(HttpContent body) { }
            }
            """);

    [Theory]
    [InlineData("{\\\"model\\\":\\\"sora-2\\\",\\\"seconds\\\":\\\"10")]
    [InlineData("{\\\"model\\\":\\\"sora-2\\\",\\\"seconds\\\":\\\"10\\\"")]
    [InlineData("{\\\"model\\\":\\\"sora-2\\\",\\\"seconds\\\":\\\"10\\\",}")]
    [InlineData("{\\\"model\\\":\\\"sora-2\\\" \\\"seconds\\\":\\\"10\\\"}")]
    public Task MalformedJsonStaysSilent(string json)
        => Verify.AnalyzerAsync($$"""
            class App
            {
                string Body() => "{{json}}";
            }
            """);

    [Fact]
    public Task HalfTypedLiteralsStaySilent()
        => Verify.AnalyzerOnBrokenCodeAsync("""
            class App
            {
                string Body() => "{\"model\":\"sora-2\",\"seconds\":\"10\"}
            }
            """);

    [Fact]
    public async Task TheLightBulbOffersTheSameFixesAsForAnyOtherShape()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                string Body() => "{\"model\":\"sora-2\",\"seconds\":\"10\"}";
                string Escaped() => "{\"model\":\"sora-2\",\"seconds\":\"1\u0030\"}";
            }
            """);

        Assert.Collection(
            offers,
            offer => Assert.Equal(new[] { "Use 8 seconds", "Use 12 seconds", "Switch model to 'sora-2-pro'" }, offer.Titles.ToArray()),
            offer => Assert.Equal(new[] { "Switch model to 'sora-2-pro'" }, offer.Titles.ToArray()));
    }
}
