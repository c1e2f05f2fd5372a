using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Sora.Analyzers.CodeFixes.Fixes;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// The rule pages under docs/rules (their headers generated: GeneratedDocumentationTests), their index
/// (docs/rules/README.md) and the release tracking files; these tests fail as soon as one of them and the
/// descriptors disagree. Each rule is its own test case, so a failure names the rule.
/// </summary>
public class RuleDocumentationTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string RulesFolder = Path.Combine(Root, "docs", "rules");

    /// <summary>
    /// Every descriptor of every analyzer the package ships (today: <see cref="VideoRequestAnalyzer"/>),
    /// so a rule added in a new analyzer class is covered too.
    /// </summary>
    private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = typeof(VideoRequestAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .SelectMany(type => ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
        .GroupBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .Select(group => group.First())
        .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    private static readonly ImmutableArray<string> FixableIds = new VideoRequestCodeFixProvider().FixableDiagnosticIds;

    public static TheoryData<string> RuleIds
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (DiagnosticDescriptor descriptor in Descriptors)
            {
                ids.Add(descriptor.Id);
            }

            return ids;
        }
    }

    public static TheoryData<string> Pages
    {
        get
        {
            var pages = new TheoryData<string>();
            if (Directory.Exists(RulesFolder))
            {
                foreach (string path in Directory.GetFiles(RulesFolder, "SORA*.md").OrderBy(p => p, StringComparer.Ordinal))
                {
                    pages.Add(Path.GetFileName(path));
                }
            }

            return pages;
        }
    }

    [Fact]
    public void AnalyzersHaveRules()
        => Assert.Contains(Descriptors, descriptor => descriptor.Id == "SORA001");

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasPage(string id)
        => Assert.True(File.Exists(PagePath(id)), $"docs/rules/{id}.md is missing.");

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageStartsWithIdAndEnglishTitle(string id)
    {
        string firstLine = File.ReadLines(PagePath(id)).FirstOrDefault() ?? string.Empty;

        Assert.Equal($"# {id}: {Title(Descriptor(id))}", firstLine);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PagePropertiesMatchDescriptor(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);
        string[] lines = File.ReadAllLines(PagePath(id));

        Assert.Equal(id, PropertyValue(lines, "Rule ID"));
        Assert.Equal(descriptor.Category, PropertyValue(lines, "Category"));
        Assert.Equal(Severity(descriptor), PropertyValue(lines, "Default severity"));
        Assert.Equal(CodeFix(id), PropertyValue(lines, "Code fix"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PageQuotesTheMessageFormat(string id)
    {
        string messageFormat = Descriptor(id).MessageFormat.ToString(CultureInfo.InvariantCulture);

        Assert.Contains(messageFormat, File.ReadAllText(PagePath(id)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void HelpLinkPointsToPage(string id)
        => Assert.EndsWith($"docs/rules/{id}.md", Descriptor(id).HelpLinkUri, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTrackingHasRuleWithCategoryAndSeverity(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);

        (string Category, string Severity)? entry = ReleaseEntry(id);

        Assert.True(entry.HasValue, $"Neither AnalyzerReleases.Shipped.md nor AnalyzerReleases.Unshipped.md has a row for {id}.");
        Assert.Equal(descriptor.Category, entry!.Value.Category);
        Assert.Equal(Severity(descriptor), entry.Value.Severity);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void IndexListsRuleWithTitleCategorySeverityAndCodeFix(string id)
    {
        DiagnosticDescriptor descriptor = Descriptor(id);

        string[]? row = IndexRows().FirstOrDefault(cells => cells[0] == $"[{id}]({id}.md)");

        Assert.True(row != null, $"docs/rules/README.md has no row starting with [{id}]({id}.md).");
        Assert.Equal(5, row!.Length);
        Assert.Equal(Title(descriptor), row[1]);
        Assert.Equal(descriptor.Category, row[2]);
        Assert.Equal(Severity(descriptor), row[3]);
        Assert.Equal(CodeFix(id), row[4]);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void PageHasDescriptor(string page)
    {
        string id = Path.GetFileNameWithoutExtension(page);

        Assert.True(Descriptors.Any(d => d.Id == id), $"docs/rules/{page} documents {id}, which no analyzer reports.");
    }

    [Fact]
    public void IndexListsOnlyRulesWithDescriptors()
    {
        string[] listed = IndexRows().Select(cells => cells[0]).Where(cell => cell.StartsWith("[SORA", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(listed);
        Assert.All(listed, cell => Assert.Contains(Descriptors, d => cell == $"[{d.Id}]({d.Id}.md)"));
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    private static string Title(DiagnosticDescriptor descriptor) => descriptor.Title.ToString(CultureInfo.InvariantCulture);

    // The spelling of AnalyzerReleases.*.md (RS2008): the severity name, or Disabled for a rule off by default.
    private static string Severity(DiagnosticDescriptor descriptor) => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

    private static string CodeFix(string id) => FixableIds.Contains(id) ? "Yes" : "No";

    private static string PagePath(string id) => Path.Combine(RulesFolder, id + ".md");

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();

    private static bool IsTableRow(string line) => line.TrimStart().StartsWith("|", StringComparison.Ordinal);

    /// <summary>The value of the page's property table row <c>| name | value |</c>.</summary>
    private static string? PropertyValue(string[] lines, string name)
        => lines.Where(IsTableRow).Select(Cells).Where(cells => cells.Length == 2 && cells[0] == name).Select(cells => cells[1]).FirstOrDefault();

    private static IEnumerable<string[]> IndexRows()
        => File.ReadLines(Path.Combine(RulesFolder, "README.md")).Where(IsTableRow).Select(Cells);

    /// <summary>
    /// The category and severity the release tracking files give a rule: releases are read in order (Shipped,
    /// then Unshipped); a New or Changed row sets them (its first two columns after the id are the current
    /// category and severity), a Removed row clears them.
    /// </summary>
    private static (string Category, string Severity)? ReleaseEntry(string id)
    {
        (string Category, string Severity)? entry = null;
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            string path = Path.Combine(Root, file);
            if (!File.Exists(path))
            {
                continue;
            }

            string section = string.Empty;
            foreach (string line in File.ReadLines(path))
            {
                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    section = line.TrimStart('#').Trim();
                    continue;
                }

                string[] cells = Cells(line);
                if (cells.Length >= 3 && cells[0] == id)
                {
                    entry = section == "Removed Rules" ? null : (cells[1], cells[2]);
                }
            }
        }

        return entry;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sora.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Sora.Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
