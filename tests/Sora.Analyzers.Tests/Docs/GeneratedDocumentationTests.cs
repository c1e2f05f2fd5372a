using System.Collections.Immutable;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.DocumentationGenerator;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// The docs the generator writes from the code (tools/Sora.Analyzers.DocumentationGenerator): the rule tables of README.md
/// and docs/rules/README.md, each rule page's header and docs/tables/. A committed file that differs from what the
/// generator writes fails here, and the message names the command that rewrites it.
/// </summary>
public class GeneratedDocumentationTests
{
    private static readonly string Root = DocumentationSet.FindRoot(AppContext.BaseDirectory);

    private static readonly Lazy<IReadOnlyList<GeneratedFile>> Generated = new(() => DocumentationSet.Generate(Root));

    public static TheoryData<string> GeneratedPaths
    {
        get
        {
            var paths = new TheoryData<string>();
            foreach (GeneratedFile file in Generated.Value)
            {
                paths.Add(file.Path);
            }

            return paths;
        }
    }

    [Theory]
    [MemberData(nameof(GeneratedPaths))]
    public void CommittedFileEqualsWhatTheGeneratorWrites(string path)
    {
        string expected = Generated.Value.Single(file => file.Path == path).Text;
        string full = Path.Combine(Root, path);
        string? actual = File.Exists(full) ? DocumentationSet.Read(full) : null;

        Assert.True(actual == expected, $"{path} {(actual == null ? "is missing" : $"differs from what the generator writes ({FirstDifference(expected, actual)})")}: run `{Markers.Command}` and commit the result.");
    }

    [Fact]
    public void EveryTablePageDocumentsABuiltInTable()
    {
        IReadOnlyList<string> stale = DocumentationSet.StaleTablePages(Root, Generated.Value);

        Assert.True(stale.Count == 0, $"{string.Join(", ", stale)} document no built-in table: run `{Markers.Command}`, which deletes them.");
    }

    [Fact]
    public void EveryBuiltInTableHasAPage()
    {
        string[] pages = Generated.Value.Select(file => file.Path).Where(path => path.StartsWith(DocumentationSet.TablesFolder + "/", StringComparison.Ordinal)).ToArray();

        Assert.Contains($"{DocumentationSet.TablesFolder}/apiyi.md", pages);
        Assert.Contains($"{DocumentationSet.TablesFolder}/openai.md", pages);
    }

    [Fact]
    public void RulesWithAFixAreExactlyTheFixableIdsOfTheCodeFixProvider()
    {
        ImmutableArray<string> fixable = new VideoRequestCodeFixProvider().FixableDiagnosticIds;

        string[] documented = RuleCatalog.Load().Where(rule => rule.HasFix).Select(rule => rule.Id).ToArray();

        Assert.Equal(fixable.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TablePageShowsARangeOfSecondsHostsAndFieldsItDoesNotKnow()
    {
        BuiltInTable table = BuiltInTable.Parse("gateway.json", """
            {
              "name": "gateway",
              "description": "A gateway, documentation of 2026-11-01.",
              "defaultModel": "clip-1",
              "secondsType": "integer",
              "endpoints": ["api.gateway.example"],
              "parameters": ["model", "prompt", "seconds"],
              "models": [
                { "name": "clip-1", "seconds": { "min": 4, "max": 15 }, "defaultSeconds": 5, "sizes": ["1280x720"], "fps": 24 },
                { "name": "clip-0", "removed": "2026-10-01", "replacement": "clip-1" }
              ],
              "pricing": "per second"
            }
            """);

        string page = TablePage.Render(table);

        Assert.Contains("| `clip-1` | — | 4 to 15 (every whole second) | 5 | `1280x720` | not stated |", page, StringComparison.Ordinal);
        Assert.Contains("| `seconds` sent as (`secondsType`) | a number only (`8`; a string is SORA005) |", page, StringComparison.Ordinal);
        Assert.Contains("| hosts that select the table (`endpoints`) | `api.gateway.example` |", page, StringComparison.Ordinal);
        Assert.Contains("- `clip-0`: removed on 2026-10-01 (SORA007); replacement `clip-1`.", page, StringComparison.Ordinal);
        Assert.Contains("- `pricing`: `\"per second\"`", page, StringComparison.Ordinal);
        Assert.Contains("- `clip-1`, `fps`: `24`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void RulePageKeepsItsOwnTextBelowTheGeneratedHeader()
    {
        var rule = new Rule("SORA999", "A title", "Usage", "Warning", null);
        string page = $"# SORA999: An old title\n\n| Property | Value |\n|---|---|\n| Rule ID | SORA999 |\n\n{Markers.HeaderEnd}\n\n## What it reports\n\nThe page's own text.\n";

        string written = RuleDocs.Page(rule, page, "docs/rules/SORA999.md");

        Assert.StartsWith("# SORA999: A title\n", written, StringComparison.Ordinal);
        Assert.Contains("| Default severity | Warning |\n| Code fix | No |\n", written, StringComparison.Ordinal);
        Assert.EndsWith($"{Markers.HeaderEnd}\n\n## What it reports\n\nThe page's own text.\n", written, StringComparison.Ordinal);
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] want = expected.Split('\n'), have = actual.Split('\n');
        for (int i = 0; i < Math.Max(want.Length, have.Length); i++)
        {
            string? w = i < want.Length ? want[i] : null, h = i < have.Length ? have[i] : null;
            if (w != h)
            {
                return $"line {i + 1}: expected \"{w}\", found \"{h}\"";
            }
        }

        return "line ends";
    }
}
