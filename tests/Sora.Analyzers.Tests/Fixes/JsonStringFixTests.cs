using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/design.md, "Fixes", for JSON text: a fix edits the value's characters inside the string and nothing else; the string keeps
/// its kind, its escapes and its layout. Each test also runs Fix All (document, project, solution).
/// </summary>
public class JsonStringFixTests
{
    private const string SdkUsings = """
        #pragma warning disable OPENAI001
        using System;
        using System.ClientModel;
        using System.Threading.Tasks;
        using OpenAI.Videos;

        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task RegularStringValuesAreEditedInPlace()
        => Verify.FixAsync(
            """
            class App
            {
                string Text() => "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:10|}\"}";
                string Number() => "{\"model\":\"sora-2\",\"seconds\":{|SORA001:10|}}";
                string Escapes() => "{\n  \u0022model\u0022: \"sora-2\",\n  \"prompt\": \"\U0001F98A at dawn\\n\",\n  \"seconds\": \"{|SORA001:10|}\"\n}";
            }
            """,
            """
            class App
            {
                string Text() => "{\"model\":\"sora-2\",\"seconds\":\"8\"}";
                string Number() => "{\"model\":\"sora-2\",\"seconds\":8}";
                string Escapes() => "{\n  \u0022model\u0022: \"sora-2\",\n  \"prompt\": \"\U0001F98A at dawn\\n\",\n  \"seconds\": \"8\"\n}";
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task VerbatimStringValuesAreEditedInPlace()
        => Verify.FixAsync(
            """
            class App
            {
                string Text() => @"{""model"": ""sora-2"", ""seconds"": ""{|SORA001:10|}""}";
                string Number() => @"{
                  ""model"": ""sora-2"",
                  ""seconds"": {|SORA001:10|}
                }";
            }
            """,
            """
            class App
            {
                string Text() => @"{""model"": ""sora-2"", ""seconds"": ""8""}";
                string Number() => @"{
                  ""model"": ""sora-2"",
                  ""seconds"": 8
                }";
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task RawStringValuesAreEditedInPlace()
        => Verify.FixAsync(
            """"
            class App
            {
                string Text() => """{"model": "sora-2", "seconds": "{|SORA001:10|}"}""";
                string Number() => """
                    {
                      "model": "sora-2",
                      "seconds": {|SORA001:10|}
                    }
                    """;
            }
            """",
            """"
            class App
            {
                string Text() => """{"model": "sora-2", "seconds": "8"}""";
                string Number() => """
                    {
                      "model": "sora-2",
                      "seconds": 8
                    }
                    """;
            }
            """",
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task InterpolatedStringValuesAreEditedInPlace()
        => Verify.FixAsync(
            """"
            class App
            {
                const string Model = "sora-2";
                string Text() => $"{{\"model\":\"{Model}\",\"seconds\":\"{|SORA001:10|}\"}}";
                string Number() => $$"""{"model": "{{Model}}", "seconds": {|SORA001:10|}}""";
                string Verbatim() => $@"{{""model"": ""{Model}"", ""seconds"": ""{|SORA001:10|}""}}";
            }
            """",
            """"
            class App
            {
                const string Model = "sora-2";
                string Text() => $"{{\"model\":\"{Model}\",\"seconds\":\"8\"}}";
                string Number() => $$"""{"model": "{{Model}}", "seconds": 8}""";
                string Verbatim() => $@"{{""model"": ""{Model}"", ""seconds"": ""8""}}";
            }
            """",
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task SizesAndModelNamesAreEditedInPlace()
        => Verify.FixAsync(
            """"
            class App
            {
                string Size() => "{\"model\":\"sora-2\",\"size\":\"{|SORA003:1792x1024|}\"}";
                string Portrait() => """{"model": "sora-2", "size": "{|SORA003:1024x1792|}"}""";
            }
            """",
            """"
            class App
            {
                string Size() => "{\"model\":\"sora-2\",\"size\":\"1280x720\"}";
                string Portrait() => """{"model": "sora-2", "size": "720x1280"}""";
            }
            """",
            FixKeys.UseNearestSize);

    [Fact]
    [Trait("Rule", "SORA002")]
    public Task AMisspeltModelIsCorrectedInPlace()
        => Verify.FixAsync(
            """"
            class App
            {
                string Regular() => "{\"model\":\"{|SORA002:sora2|}\",\"seconds\":\"8\"}";
                string Verbatim() => @"{""model"": ""{|SORA002:Sora-2-Pro|}"", ""seconds"": ""10""}";
            }
            """",
            """"
            class App
            {
                string Regular() => "{\"model\":\"sora-2\",\"seconds\":\"8\"}";
                string Verbatim() => @"{""model"": ""sora-2-pro"", ""seconds"": ""10""}";
            }
            """",
            FixKeys.UseClosestModel);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchingTheModelEditsTheModelValueInPlace()
        => Verify.FixAsync(
            """"
            class App
            {
                string Regular() => "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:10|}\"}";
                string Verbatim() => @"{""model"": ""sora-2"", ""seconds"": {|SORA001:10|}}";
                string Raw() => """
                    {
                      "model": "sora-2",
                      "seconds": "{|SORA001:10|}"
                    }
                    """;
            }
            """",
            """"
            class App
            {
                string Regular() => "{\"model\":\"sora-2-pro\",\"seconds\":\"10\"}";
                string Verbatim() => @"{""model"": ""sora-2-pro"", ""seconds"": 10}";
                string Raw() => """
                    {
                      "model": "sora-2-pro",
                      "seconds": "10"
                    }
                    """;
            }
            """",
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchingTheModelAddsItToJsonThatReachesAVideoCall()
        => Verify.FixAsync(
            SdkUsings + """"
            class App
            {
                async Task Compact(VideoClient client)
                {
                    const string json = "{\"prompt\":\"a fox\",\"seconds\":\"{|SORA001:10|}\"}";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Spaced(VideoClient client)
                {
                    string json = @"{ ""seconds"": ""{|SORA001:10|}"" }";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Escaped(VideoClient client)
                {
                    var data = BinaryData.FromString("{\n  \"seconds\": \"{|SORA001:10|}\"\n}");
                    await client.CreateVideoAsync(BinaryContent.Create(data), "application/json");
                }

                async Task Interpolated(VideoClient client)
                {
                    const string Prompt = "a fox";
                    const string json = $"{{\"prompt\":\"{Prompt}\",\"seconds\":\"{|SORA001:10|}\"}}";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Raw(VideoClient client)
                {
                    const string json = """
                        {
                          "prompt": "a fox",
                          "seconds": {|SORA001:10|}
                        }
                        """;
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }
            }
            """",
            SdkUsings + """"
            class App
            {
                async Task Compact(VideoClient client)
                {
                    const string json = "{\"model\":\"sora-2-pro\",\"prompt\":\"a fox\",\"seconds\":\"10\"}";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Spaced(VideoClient client)
                {
                    string json = @"{ ""model"": ""sora-2-pro"", ""seconds"": ""10"" }";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Escaped(VideoClient client)
                {
                    var data = BinaryData.FromString("{\n  \"model\": \"sora-2-pro\",\n  \"seconds\": \"10\"\n}");
                    await client.CreateVideoAsync(BinaryContent.Create(data), "application/json");
                }

                async Task Interpolated(VideoClient client)
                {
                    const string Prompt = "a fox";
                    const string json = $"{{\"model\":\"sora-2-pro\",\"prompt\":\"{Prompt}\",\"seconds\":\"10\"}}";
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }

                async Task Raw(VideoClient client)
                {
                    const string json = """
                        {
                          "model": "sora-2-pro",
                          "prompt": "a fox",
                          "seconds": 10
                        }
                        """;
                    await client.CreateVideoAsync(BinaryContent.Create(BinaryData.FromString(json)), "application/json");
                }
            }
            """",
            FixKeys.SwitchModelForSeconds,
            editorConfig: Verify.Choosing("apiyi"));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task FixAllEditsEveryJsonStringOfTheDocument()
        => Verify.FixAsync(
            """"
            class App
            {
                const string Model = "sora-2";
                const string First = "{\"model\":\"sora-2\",\"seconds\":\"{|SORA001:10|}\",\"size\":\"1280x720\"}";
                const string Second = @"{""model"": ""sora-2-pro"", ""seconds"": {|SORA001:12|}}";
                const string Third = """[{"model": "sora-2", "seconds": "{|SORA001:5|}"}, {"model": "sora-2", "seconds": "{|SORA001:6|}"}]""";
                const string Fourth = $"{{\"model\":\"{Model}\",\"seconds\":\"{|SORA001:20|}\"}}";
                static object Payload() => new { model = "sora-2", seconds = {|SORA001:"10"|} };
            }
            """",
            """"
            class App
            {
                const string Model = "sora-2";
                const string First = "{\"model\":\"sora-2\",\"seconds\":\"8\",\"size\":\"1280x720\"}";
                const string Second = @"{""model"": ""sora-2-pro"", ""seconds"": 10}";
                const string Third = """[{"model": "sora-2", "seconds": "4"}, {"model": "sora-2", "seconds": "4"}]""";
                const string Fourth = $"{{\"model\":\"{Model}\",\"seconds\":\"12\"}}";
                static object Payload() => new { model = "sora-2", seconds = "8" };
            }
            """",
            FixKeys.UseNearestSeconds);
}
