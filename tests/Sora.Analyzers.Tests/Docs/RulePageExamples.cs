using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Tests.Docs;

/// <summary>
/// The examples of the rule pages (docs/rules/SORAxxx.md), read from the markers above their blocks:
/// <list type="bullet">
/// <item><c>&lt;!-- example: declarations; given: SoraClient client --&gt;</c> above a <c>```csharp</c> block: types every
/// C# example of the page is compiled with; <c>given</c> lists the parameters the examples may use.</item>
/// <item><c>&lt;!-- example: triggers --&gt;</c> or <c>&lt;!-- example: does not trigger --&gt;</c> above a <c>```csharp</c>
/// block: each statement that makes a request (a call or an object creation), with the statements just before it
/// that are not requests (a local it reads), is one example. A triggering one gets the page's rule on that
/// statement; either kind gets every other rule its line comment names (<c>// SORA004 and SORA001</c>) and nothing
/// else. A comment <c>reported on X</c> says where the squiggle is; a fix title (<c>Change model to 'sora-2'</c>) is
/// the first action offered, <c>no fix</c> means none. <c>given</c> adds parameters, <c>table</c> chooses the rule
/// table (<c>sora_analyzers.rule_table</c>), <c>rules</c> adds a sora-rules.json of the page (below).</item>
/// <item>The same kinds above a <c>```json</c> block (a project's sora-rules.json) or an <c>```ini</c> block (an
/// .editorconfig, or a .globalconfig when it says <c>is_global = true</c>): the whole block is one example.</item>
/// <item><c>&lt;!-- example: rule file; name: relay --&gt;</c> above a <c>```json</c> block: a sora-rules.json shown on the
/// page, no example itself; a C# example or an actions table whose marker says <c>rules: relay</c> is compiled in a
/// project that has it (with the table <c>table</c> chooses, which the file may extend).</item>
/// <item><c>&lt;!-- example: actions; call: await client.CreateVideoAsync("a fox", ARGUMENTS) --&gt;</c> above a table
/// whose first column holds the arguments (a code span) and whose other columns are named after rule tables:
/// each cell is the list of actions offered for the page's rule, in order (<c>;</c> between them), or
/// <c>(accepted)</c> when the rule does not trigger.</item>
/// </list>
/// </summary>
internal static class RulePageExamples
{
    public const string Declarations = "declarations";
    public const string Triggers = "triggers";
    public const string DoesNotTrigger = "does not trigger";
    public const string Actions = "actions";
    public const string RuleFile = "rule file";

    private const string ArgumentsPlaceholder = "ARGUMENTS";
    private const string Accepted = "(accepted)";

    private static readonly Regex RuleId = new(@"\bSORA\d{3}\b", RegexOptions.CultureInvariant);
    private static readonly Regex ReportedOn = new(@"reported on (""[^""]*""|[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);

    private static readonly Lazy<ImmutableDictionary<string, RulePageExample>> All = new(() =>
        Pages().SelectMany(ExamplesOf).ToImmutableDictionary(example => example.Name, StringComparer.Ordinal));

    /// <summary>The rule pages, as paths under the repository: docs/rules/SORA001.md, …</summary>
    public static IEnumerable<string> Pages()
        => Directory.GetFiles(Verifiers.Repository.PathOf("docs/rules"), "SORA*.md")
            .Select(path => "docs/rules/" + Path.GetFileName(path))
            .OrderBy(path => path, StringComparer.Ordinal);

    /// <summary>The names of the examples of one rule's page, for theory data.</summary>
    public static TheoryData<string> NamesFor(string ruleId)
    {
        var names = new TheoryData<string>();
        foreach (RulePageExample example in All.Value.Values.Where(e => e.RuleId == ruleId).OrderBy(e => e.Line))
        {
            names.Add(example.Name);
        }

        return names;
    }

    public static RulePageExample Named(string name) => All.Value[name];

    public static IEnumerable<RulePageExample> ExamplesOf(string page)
    {
        string ruleId = Path.GetFileNameWithoutExtension(page);
        ImmutableArray<MarkdownBlock> blocks = MarkdownBlocks.Read(page);
        MarkdownBlock? declarations = blocks.FirstOrDefault(b => b.Marker?.Kind == Declarations);
        ImmutableDictionary<string, string> ruleFiles = blocks
            .Where(b => b.Marker?.Kind == RuleFile && b.Language == "json")
            .ToImmutableDictionary(
                b => b.Marker!.Option("name") ?? throw new InvalidOperationException($"{page}:{b.Line}: a '{RuleFile}' marker needs 'name: …'."),
                b => b.Text,
                StringComparer.Ordinal);
        foreach (MarkdownBlock block in blocks.Where(b => b.Marker != null && b.Marker.Kind != Declarations && !(b.Marker.Kind == RuleFile && b.Language == "json")))
        {
            ExampleMarker marker = block.Marker!;
            string? projectRuleFile = ProjectRuleFile(block, ruleFiles);
            switch ((marker.Kind, block.Language))
            {
                case (Triggers or DoesNotTrigger, "csharp"):
                    foreach (RulePageExample example in CSharpExamples(ruleId, block, declarations, projectRuleFile))
                    {
                        yield return example;
                    }

                    break;
                case (Triggers or DoesNotTrigger, "json" or "ini"):
                    yield return new RulePageExample(
                        ruleId,
                        $"{page}:{block.Line} {marker.Kind}: {block.Language} block",
                        block.Line,
                        marker.Kind,
                        EmptySource,
                        Table(marker),
                        block.Language == "json" ? block.Text : null,
                        block.Language == "ini" ? block.Text : null,
                        default,
                        string.Empty,
                        null,
                        null);
                    break;
                case (Actions, _) when block.IsTable:
                    foreach (RulePageExample example in ActionExamples(ruleId, block, declarations, projectRuleFile))
                    {
                        yield return example;
                    }

                    break;
                default:
                    throw new InvalidOperationException($"{page}:{block.Line}: an '{marker.Kind}' marker cannot stand above a {(block.IsTable ? "table" : block.Language + " block")}.");
            }
        }
    }

    /// <summary>The rules a comment names, the titles of fixes it quotes, where it says the squiggle is.</summary>
    public static (ImmutableHashSet<string> Ids, string? ReportedOn, bool NoFix) ReadComment(string comment)
    {
        Match reportedOn = ReportedOn.Match(comment);
        return (
            RuleId.Matches(comment).Select(m => m.Value).ToImmutableHashSet(StringComparer.Ordinal),
            reportedOn.Success ? reportedOn.Groups[1].Value : null,
            comment.Contains("no fix", StringComparison.Ordinal));
    }

    private const string EmptySource = "internal static class RulePageExample { }\n";

    /// <summary>The sora-rules.json the marker's <c>rules</c> names (a <c>rule file</c> block of the page), or null.</summary>
    private static string? ProjectRuleFile(MarkdownBlock block, ImmutableDictionary<string, string> ruleFiles)
    {
        string? name = block.Marker!.Option("rules");
        if (name == null)
        {
            return null;
        }

        return ruleFiles.TryGetValue(name, out string? text)
            ? text
            : throw new InvalidOperationException($"{block.Page}:{block.Line}: no '{RuleFile}; name: {name}' block on the page.");
    }

    private static IEnumerable<RulePageExample> CSharpExamples(string ruleId, MarkdownBlock block, MarkdownBlock? declarations, string? projectRuleFile)
    {
        // Parse the block as a method body: its statements, their lines, their comments.
        const string Prefix = "class C { async System.Threading.Tasks.Task M() {\n";
        SyntaxTree tree = CSharpSyntaxTree.ParseText(Prefix + block.Text + "\n} }");
        BlockSyntax body = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single().Body!;
        string[] lines = block.Text.Split('\n');
        int first = 0;
        foreach (StatementSyntax statement in body.Statements)
        {
            if (!MakesRequest(statement))
            {
                continue;
            }

            FileLinePositionSpan span = statement.GetLocation().GetLineSpan();
            int requestStart = span.StartLinePosition.Line - 1;
            int requestEnd = span.EndLinePosition.Line - 1;
            string code = string.Join("\n", lines[first..(requestEnd + 1)]);
            string comment = string.Concat(statement.GetLastToken().TrailingTrivia
                .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia))
                .Select(t => t.ToString()));
            string shown = statement.ToString();
            int line = block.Line + 1 + requestStart;
            yield return new RulePageExample(
                ruleId,
                $"{block.Page}:{line} {block.Marker!.Kind}: {shown}",
                line,
                block.Marker.Kind,
                Program(declarations, block.Marker, code, out int codeLine),
                Table(block.Marker),
                null,
                null,
                (codeLine + requestStart - first, codeLine + requestEnd - first),
                comment,
                null,
                projectRuleFile);
            first = requestEnd + 1;
        }
    }

    private static IEnumerable<RulePageExample> ActionExamples(string ruleId, MarkdownBlock block, MarkdownBlock? declarations, string? projectRuleFile)
    {
        string call = block.Marker!.Option("call") ?? throw new InvalidOperationException($"{block.Page}:{block.Line}: an actions marker needs 'call: …{ArgumentsPlaceholder}…'.");
        ImmutableArray<string> header = block.Rows[0];
        foreach (ImmutableArray<string> row in block.Rows.Skip(1))
        {
            // The first code span of the cell: `model: "sora-2", seconds: "10"` (a note may follow it).
            string arguments = row[0].Split('`')[1];
            string code = call.Replace(ArgumentsPlaceholder, arguments, StringComparison.Ordinal) + ";";
            for (int column = 1; column < header.Length; column++)
            {
                string table = header[column].Trim('`');
                ImmutableArray<string> titles = row[column] == Accepted
                    ? []
                    : row[column].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
                yield return new RulePageExample(
                    ruleId,
                    $"{block.Page}:{block.Line} actions, {table} table: {arguments}",
                    block.Line,
                    Actions,
                    Program(declarations, block.Marker, code, out int codeLine),
                    table,
                    null,
                    null,
                    (codeLine, codeLine),
                    string.Empty,
                    titles,
                    projectRuleFile);
            }
        }
    }

    /// <summary>
    /// The declarations of the page, then the example's statements in an async method whose parameters are the
    /// declarations' and the example's <c>given</c>. <paramref name="codeLine"/> is the line the statements start on.
    /// </summary>
    private static string Program(MarkdownBlock? declarations, ExampleMarker marker, string code, out int codeLine)
    {
        string parameters = string.Join(", ", new[] { declarations?.Marker!.Option("given"), marker.Option("given") }.Where(g => !string.IsNullOrEmpty(g)));
        string head = $$"""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            {{declarations?.Text}}

            internal static class RulePageExample
            {
                public static async Task RunAsync({{parameters}})
                {

            """;
        codeLine = head.Count(c => c == '\n');
        return head + code + "\n    }\n}\n";
    }

    private static string? Table(ExampleMarker marker) => marker.Option("table");

    private static bool MakesRequest(StatementSyntax statement)
        => statement.DescendantNodes().Any(node => node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AnonymousObjectCreationExpressionSyntax);
}

/// <summary>
/// One example of a rule page: the program it compiles to (C#), or the rule file or configuration it is (JSON, ini),
/// what the page says of it, and where (<see cref="RequestLines"/>: the lines of the request statement in
/// <see cref="Source"/>, 0-based). <see cref="ProjectRuleFile"/> is the sora-rules.json a C# example is compiled with.
/// </summary>
internal sealed record RulePageExample(
    string RuleId,
    string Name,
    int Line,
    string Kind,
    string Source,
    string? RuleTable,
    string? RuleFile,
    string? Config,
    (int Start, int End) RequestLines,
    string Comment,
    ImmutableArray<string>? ExpectedTitles,
    string? ProjectRuleFile)
{
    public override string ToString() => Name;
}
