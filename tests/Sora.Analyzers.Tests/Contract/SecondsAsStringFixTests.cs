using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Contract;

/// <summary>SORA005's fix: a constant becomes the string literal, any other number gets an invariant ToString; the result compiles.</summary>
[Trait("Rule", "SORA005")]
public class SecondsAsStringFixTests
{
    [Theory]
    [InlineData("8", "\"8\"")]
    [InlineData("8L", "\"8\"")]
    [InlineData("Durations.Eight", "\"8\"")]
    [InlineData("duration", "duration.ToString(CultureInfo.InvariantCulture)")]
    [InlineData("(int)span.TotalSeconds", "((int)span.TotalSeconds).ToString(CultureInfo.InvariantCulture)")]
    [InlineData("maybe", "maybe?.ToString(CultureInfo.InvariantCulture)")]
    public Task TheNumberIsSentAsAString(string written, string fixedValue)
        => Verify.FixAsync(
            Source("{|SORA005:" + written + "|}", "using System.Globalization;\n"),
            Source(fixedValue, "using System.Globalization;\n"),
            FixKeys.SendSecondsInItsType,
            ContractTables.OpenAI);

    [Fact]
    public Task WithoutTheNamespaceInScopeTheNameIsQualified()
        => Verify.FixAsync(
            Source("{|SORA005:duration|}", string.Empty),
            Source("duration.ToString(System.Globalization.CultureInfo.InvariantCulture)", string.Empty),
            FixKeys.SendSecondsInItsType,
            ContractTables.OpenAI);

    [Theory]
    [InlineData("\"{\\\"model\\\":\\\"sora-2\\\",\\\"seconds\\\":{|SORA005:8|}}\"", "\"{\\\"model\\\":\\\"sora-2\\\",\\\"seconds\\\":\\\"8\\\"}\"")]
    [InlineData("@\"{\"\"model\"\":\"\"sora-2\"\",\"\"seconds\"\":{|SORA005:8|}}\"", "@\"{\"\"model\"\":\"\"sora-2\"\",\"\"seconds\"\":\"\"8\"\"}\"")]
    [InlineData("\"\"\"{\"model\":\"sora-2\",\"seconds\":{|SORA005:8|}}\"\"\"", "\"\"\"{\"model\":\"sora-2\",\"seconds\":\"8\"}\"\"\"")]
    public Task JsonTextGetsQuotesInTheLiteralsEscaping(string literal, string fixedLiteral)
        => Verify.FixAsync(
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsync(\"v1/videos\", new StringContent(" + literal + "));\n}\n",
            ContractTables.Usings + "class App\n{\n    Task Run(HttpClient http) => http.PostAsync(\"v1/videos\", new StringContent(" + fixedLiteral + "));\n}\n",
            FixKeys.SendSecondsInItsType,
            ContractTables.OpenAI);

    [Fact]
    public Task ADictionaryOfObjectsTakesTheStringAndFixAllFixesEveryPayload()
        => Verify.FixAsync(ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, int duration)
                {
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = {|SORA005:12|} });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", ["seconds"] = {|SORA005:4|} });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = {|SORA005:duration|} /* from the form */ });
                }
            }
            """,
            ContractTables.Usings + """
            class App
            {
                async Task Run(HttpClient http, int duration)
                {
                    await http.PostAsJsonAsync("v1/videos", new Dictionary<string, object> { ["model"] = "sora-2", ["seconds"] = "12" });
                    await http.PostAsJsonAsync("v1/videos", new JsonObject { ["model"] = "sora-2", ["seconds"] = "4" });
                    await http.PostAsJsonAsync("v1/videos", new { model = "sora-2", seconds = duration.ToString(System.Globalization.CultureInfo.InvariantCulture) /* from the form */ });
                }
            }
            """,
            FixKeys.SendSecondsInItsType,
            ContractTables.OpenAI);

    [Fact]
    public Task AMemberDeclaredAsANumberIsReportedWithoutAFix()
        => Verify.FixAsync(ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("seconds")] public int Seconds { get; set; }
            }

            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", Seconds = {|SORA005:8|} });
            }
            """,
            ContractTables.Usings + """
            class Body
            {
                [JsonPropertyName("model")] public string? Model { get; set; }
                [JsonPropertyName("seconds")] public int Seconds { get; set; }
            }

            class App
            {
                Task Run(HttpClient http) => http.PostAsJsonAsync("v1/videos", new Body { Model = "sora-2", Seconds = {|SORA005:8|} });
            }
            """,
            FixKeys.SendSecondsInItsType,
            ContractTables.OpenAI);

    private static string Source(string seconds, string usings) => usings + ContractTables.Usings + """
        static class Durations
        {
            public const int Eight = 8;
        }

        class App
        {
            Task Run(HttpClient http, int duration, TimeSpan span, int? maybe)
                => http.PostAsJsonAsync("v1/videos", new { model = "sora-2", prompt = "a fox", seconds = SECONDS });
        }
        """.Replace("SECONDS", seconds);
}
