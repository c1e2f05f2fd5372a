using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// Every example of every rule page runs through the analyzer and the code fix provider, so a page cannot drift
/// from the code: what it says triggers triggers (the page's rule, on the statement shown, and nothing else), what
/// it says does not trigger stays silent, and the offered-action tables list the actions the light bulb shows, in
/// order. The marker convention is described on <see cref="RulePageExamples"/>. One theory per page, each carrying its
/// rule's trait; each case is named after the page, the line and the example.
/// </summary>
public class RulePageExampleTests
{
    /// <summary>The pages that have a theory below; <see cref="EveryRulePageIsRun"/> keeps the list complete.</summary>
    private static readonly string[] PagesRun = ["SORA001", "SORA002", "SORA003", "SORA004", "SORA005", "SORA006", "SORA007", "SORA900", "SORA901"];

    public static TheoryData<string> Examples(string ruleId) => RulePageExamples.NamesFor(ruleId);

    [Theory]
    [Trait("Rule", "SORA001")]
    [MemberData(nameof(Examples), "SORA001")]
    public Task Sora001PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA002")]
    [MemberData(nameof(Examples), "SORA002")]
    public Task Sora002PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA003")]
    [MemberData(nameof(Examples), "SORA003")]
    public Task Sora003PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA004")]
    [MemberData(nameof(Examples), "SORA004")]
    public Task Sora004PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA005")]
    [MemberData(nameof(Examples), "SORA005")]
    public Task Sora005PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA006")]
    [MemberData(nameof(Examples), "SORA006")]
    public Task Sora006PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA007")]
    [MemberData(nameof(Examples), "SORA007")]
    public Task Sora007PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA900")]
    [MemberData(nameof(Examples), "SORA900")]
    public Task Sora900PageExample(string example) => RunAsync(example);

    [Theory]
    [Trait("Rule", "SORA901")]
    [MemberData(nameof(Examples), "SORA901")]
    public Task Sora901PageExample(string example) => RunAsync(example);

    [Fact]
    public void EveryRulePageIsRun()
        => Assert.Equal(
            RulePageExamples.Pages().Select(Path.GetFileNameWithoutExtension),
            PagesRun);

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryPageShowsWhatTriggersItsRule(string page)
        => Assert.True(
            RulePageExamples.ExamplesOf(page).Any(e => e.Kind == RulePageExamples.Triggers),
            $"{page} has no block marked <!-- example: {RulePageExamples.Triggers} -->.");

    /// <summary>A block under "Examples" that no test runs could say anything: each one carries a marker.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryBlockOfTheExamplesIsMarked(string page)
    {
        string[] unmarked = MarkdownBlocks.Read(page)
            .Where(b => b.Heading == "Examples" && b.Marker == null && b.Language != "text")
            .Select(b => $"{page}:{b.Line}")
            .ToArray();

        Assert.True(unmarked.Length == 0, "Blocks under 'Examples' without an <!-- example: … --> marker: " + string.Join(", ", unmarked));
    }

    public static TheoryData<string> Pages => new(RulePageExamples.Pages());

    private static async Task RunAsync(string name)
    {
        RulePageExample example = RulePageExamples.Named(name);
        ImmutableArray<OfferedFixes.Offer> offers;
        try
        {
            offers = await OfferedFixes.ForAsync(example.Source, AnalyzerConfigs(example), AdditionalFiles(example));
        }
        catch (Xunit.Sdk.XunitException exception)
        {
            // The example does not compile: say which one, and show the program it became.
            throw new Xunit.Sdk.XunitException($"{name}: {exception.Message}\n{example.Source}");
        }

        string reported = Describe(offers);
        if (example.Kind == RulePageExamples.Actions)
        {
            OfferedFixes.Offer[] ofRule = offers.Where(o => o.DiagnosticId == example.RuleId).ToArray();
            if (example.ExpectedTitles!.Value.IsEmpty)
            {
                Assert.True(ofRule.Length == 0, $"{name}: the page says the request is accepted, but the analyzer reports {reported}.");
            }
            else
            {
                Assert.True(ofRule.Length == 1, $"{name}: expected one {example.RuleId}, the analyzer reports {reported}.");
                Assert.True(
                    ofRule[0].Titles.SequenceEqual(example.ExpectedTitles.Value),
                    $"{name}: the page lists [{string.Join("; ", example.ExpectedTitles.Value)}], the light bulb offers [{string.Join("; ", ofRule[0].Titles)}].");
            }

            return;
        }

        (ImmutableHashSet<string> named, string? reportedOn, bool noFix) = RulePageExamples.ReadComment(example.Comment);
        ImmutableHashSet<string> expected = example.Kind == RulePageExamples.Triggers ? named.Add(example.RuleId) : named;
        ImmutableHashSet<string> actual = offers.Select(o => o.DiagnosticId).ToImmutableHashSet(StringComparer.Ordinal);
        Assert.True(
            actual.SetEquals(expected),
            $"{name}: the page says {(expected.IsEmpty ? "nothing is reported" : string.Join(" and ", expected.Order(StringComparer.Ordinal)))}, the analyzer reports {reported}.");

        if (example.RuleFile != null || example.Config != null)
        {
            return;
        }

        OfferedFixes.Offer[] outside = offers
            .Where(o => !o.Location.IsInSource || o.Location.GetLineSpan().StartLinePosition.Line < example.RequestLines.Start || o.Location.GetLineSpan().EndLinePosition.Line > example.RequestLines.End)
            .ToArray();
        Assert.True(outside.Length == 0, $"{name}: reported outside the request's statement: {Describe([.. outside])}.");

        OfferedFixes.Offer? rule = offers.FirstOrDefault(o => o.DiagnosticId == example.RuleId);
        if (rule == null)
        {
            return;
        }

        if (reportedOn != null)
        {
            Assert.True(rule.SpanText == reportedOn, $"{name}: the page says {example.RuleId} is reported on {reportedOn}, the analyzer reports it on {rule.SpanText}.");
        }

        string[] quoted = QuotedTitles(example.Comment);
        if (noFix)
        {
            Assert.True(rule.Titles.IsEmpty, $"{name}: the page says no fix is offered, the light bulb offers [{string.Join("; ", rule.Titles)}].");
        }
        else if (quoted.Length > 0)
        {
            Assert.True(
                rule.Titles.Take(quoted.Length).SequenceEqual(quoted),
                $"{name}: the page names [{string.Join("; ", quoted)}] first, the light bulb offers [{string.Join("; ", rule.Titles)}].");
        }
    }

    private static IEnumerable<(string Path, string Text)> AnalyzerConfigs(RulePageExample example)
    {
        // An example runs with its table chosen, as a team that calls that endpoint chooses it (the default table alone
        // checks no request without a model: docs/configuration.md, "Which table applies"). A page's own .editorconfig
        // example is the whole configuration.
        if (example.Config == null || example.RuleTable != null)
        {
            yield return ("/.editorconfig", $"root = true\n[*.cs]\nsora_analyzers.rule_table = {example.RuleTable ?? "apiyi"}\n");
        }

        if (example.Config != null)
        {
            bool isGlobal = Regex.IsMatch(example.Config, @"^\s*is_global\s*=\s*true\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
            yield return (isGlobal ? "/.globalconfig" : "/.editorconfig", example.Config);
        }
    }

    private static IEnumerable<(string Path, string Text)> AdditionalFiles(RulePageExample example)
        => (example.RuleFile ?? example.ProjectRuleFile) is string ruleFile ? [("/sora-rules.json", ruleFile)] : [];

    /// <summary>The titles of the code fixes a comment quotes, in order: every action title format with its value.</summary>
    private static string[] QuotedTitles(string comment)
    {
        string pattern = string.Join("|", new[]
            {
                CodeFixResources.UseSeconds, CodeFixResources.ChangeModel, CodeFixResources.UseSize, CodeFixResources.SwitchModel,
                CodeFixResources.SendSecondsAsString, CodeFixResources.RenameParameter, CodeFixResources.RemoveParameter,
            }
            .Select(format => Regex.Escape(format).Replace(@"\{0}", @"[^'\s]+", StringComparison.Ordinal)));
        return Regex.Matches(comment, pattern, RegexOptions.CultureInvariant).Select(m => m.Value).ToArray();
    }

    private static string Describe(ImmutableArray<OfferedFixes.Offer> offers)
        => offers.IsEmpty
            ? "nothing"
            : string.Join("; ", offers.Select(o => $"{o.DiagnosticId} on '{o.SpanText}' (line {o.Location.GetLineSpan().StartLinePosition.Line + 1}): {o.Message}"));
}
