using System.Text.Json;
using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>`dotnet build -p:ErrorLog=build.sarif%2Cversion=2.1`: the log code-scanning tools read.</summary>
public sealed class SarifTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    [Fact]
    public Task ErrorLog_holds_each_result_with_its_location_and_message_and_each_rule_links_to_its_page() => TimedAsync(async () =>
    {
        BaselineBuild baseline = await Package.BaselineAsync();
        Assert.True(File.Exists(baseline.SarifPath), $"The build wrote no SARIF log.\n{baseline.Build}");
        using JsonDocument log = JsonDocument.Parse(File.ReadAllText(baseline.SarifPath));

        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        JsonElement run = log.RootElement.GetProperty("runs")[0];

        var results = run.GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("ruleId").GetString()!.StartsWith("SORA", StringComparison.Ordinal))
            .Select(result =>
            {
                JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                JsonElement region = location.GetProperty("region");
                string uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                Assert.StartsWith("file://", uri, StringComparison.Ordinal);
                return $"{result.GetProperty("ruleId").GetString()} {result.GetProperty("level").GetString()} {Path.GetFileName(new Uri(uri).LocalPath)}"
                    + $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): {result.GetProperty("message").GetProperty("text").GetString()}";
            });
        Assert.Equal(Expected.Sorted(Expected.Baseline), Expected.Sorted(results));

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("SORA", StringComparison.Ordinal))
            .ToList();
        // The compiler lists every rule of the analyzer, reported or not; each one links to its page.
        Assert.Superset(new HashSet<string> { "SORA001", "SORA002", "SORA003" }, rules.Select(rule => rule.GetProperty("id").GetString()!).ToHashSet());
        foreach (JsonElement rule in rules)
        {
            string id = rule.GetProperty("id").GetString()!;
            Assert.Equal(Expected.HelpLinkBase + id + ".md", rule.GetProperty("helpUri").GetString());
            Assert.True(File.Exists(Path.Combine(Package.RepositoryRoot, "docs", "rules", id + ".md")), $"docs/rules/{id}.md, the help link of {id}, is missing.");
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()), $"{id} has no title in the log.");
        }
    });
}
