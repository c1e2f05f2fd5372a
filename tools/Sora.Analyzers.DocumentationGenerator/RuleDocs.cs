using System.Text;

namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>The rule tables of README.md and docs/rules/README.md, and the header of each rule page.</summary>
    public static class RuleDocs
    {
        /// <summary>README.md: one row per rule, linked to its page, with what its fix does.</summary>
        public static string ReadmeTable(IReadOnlyList<Rule> rules)
        {
            var table = new StringBuilder();
            table.Append("| Id | Title | Severity | Fix |\n|---|---|---|---|\n");
            foreach (Rule rule in rules)
            {
                table.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | {Cell(rule.Title)} | {rule.Severity} | {Cell(rule.Fix ?? "—")} |\n");
            }

            return table.ToString();
        }

        /// <summary>docs/rules/README.md: the index, with the category and whether a fix exists.</summary>
        public static string IndexTable(IReadOnlyList<Rule> rules)
        {
            var table = new StringBuilder();
            table.Append("| Rule ID | Title | Category | Default severity | Code fix |\n|---|---|---|---|---|\n");
            foreach (Rule rule in rules)
            {
                table.Append($"| [{rule.Id}]({rule.Id}.md) | {Cell(rule.Title)} | {rule.Category} | {rule.Severity} | {(rule.HasFix ? "Yes" : "No")} |\n");
            }

            return table.ToString();
        }

        /// <summary>
        /// A rule page with its header (title and property table) generated and its own text kept. A page written before the
        /// generator existed has no end marker yet: its header is the title and the first table after it.
        /// </summary>
        public static string Page(Rule rule, string page, string path)
        {
            string body;
            int marker = page.IndexOf(Markers.HeaderEnd + "\n", StringComparison.Ordinal);
            if (marker >= 0)
            {
                body = page[(marker + Markers.HeaderEnd.Length + 1)..];
            }
            else
            {
                body = BodyAfterFirstTable(page, path);
            }

            var header = new StringBuilder();
            header.Append($"# {rule.Id}: {rule.Title}\n\n");
            header.Append("| Property | Value |\n|---|---|\n");
            header.Append($"| Rule ID | {rule.Id} |\n");
            header.Append($"| Category | {rule.Category} |\n");
            header.Append($"| Default severity | {rule.Severity} |\n");
            header.Append($"| Code fix | {(rule.HasFix ? "Yes" : "No")} |\n");
            if (rule.Fix != null)
            {
                header.Append($"| What the fix does | {Cell(rule.Fix)} |\n");
            }

            header.Append('\n').Append(Markers.HeaderEnd).Append('\n');
            return header + body;
        }

        private static string BodyAfterFirstTable(string page, string path)
        {
            string[] lines = page.Split('\n');
            int first = Array.FindIndex(lines, line => line.StartsWith('|'));
            if (first < 0)
            {
                throw new InvalidOperationException($"{path} has neither the generated header's end marker nor a property table.");
            }

            int after = first;
            while (after < lines.Length && lines[after].StartsWith('|'))
            {
                after++;
            }

            return string.Join('\n', lines[after..]);
        }

        private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
