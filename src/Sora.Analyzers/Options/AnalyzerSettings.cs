using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Options
{
    /// <summary>The options in force for a syntax tree, parsed once per distinct set of option values.</summary>
    internal sealed class AnalyzerSettings
    {
        private readonly ConcurrentDictionary<string, TableChoice> _byHost = new ConcurrentDictionary<string, TableChoice>(StringComparer.Ordinal);

        private AnalyzerSettings(RuleTable baseTable, RuleTable table, SoraClientMatcher matcher, string? unknownRuleTable, bool tableChosen)
        {
            BaseTable = baseTable;
            Table = table;
            Matcher = matcher;
            UnknownRuleTable = unknownRuleTable;
            TableChosen = tableChosen;
            Tables = BuiltInRuleTables.All.Select(t => t.Name == table.BaseName ? table : t).Prepend(table).Distinct().ToImmutableArray();
        }

        /// <summary>
        /// Whether the folder's table was chosen (an explicit <c>rule_table</c>, or a project rule file) rather than being
        /// the default alone: then it checks requests whose model is known only at run time.
        /// </summary>
        public bool TableChosen { get; }

        /// <summary>Every table that may apply to a request of this folder (its own first, then each one an endpoint may pick).</summary>
        public ImmutableArray<RuleTable> Tables { get; }

        /// <summary>The built-in table the options choose: what a sora-rules.json extends by default.</summary>
        public RuleTable BaseTable { get; }

        /// <summary>The table in force: the project's sora-rules.json on top of <see cref="BaseTable"/>, or the base table.</summary>
        public RuleTable Table { get; }

        public SoraClientMatcher Matcher { get; }

        /// <summary>The <c>rule_table</c> value when it names no table (then the default table is used), for SORA901.</summary>
        public string? UnknownRuleTable { get; }

        /// <summary>
        /// The table for a request sent to <paramref name="host"/> (null: the code does not show where): the table whose
        /// <c>endpoints</c> list the host — the project's rule file on top of it when that is the table the file
        /// extends — else the folder's table (docs/configuration.md, "Which table applies"). A host no table lists is an
        /// endpoint the tables do not describe: the folder's table still checks a model it knows there (a team's own
        /// relay), but it is not chosen for that request, so a model known only at run time is not checked.
        /// </summary>
        public TableChoice TableFor(string? host)
        {
            if (host == null)
            {
                return new TableChoice(Table, TableChosen);
            }

            return _byHost.GetOrAdd(host, h =>
            {
                foreach (RuleTable table in Tables)
                {
                    if (table.ServesHost(h))
                    {
                        return new TableChoice(table, chosen: true);
                    }
                }

                return new TableChoice(Table, chosen: false);
            });
        }

        /// <summary>Whether a constant model may be a video model of some table that can apply here: if not, the request is another provider's.</summary>
        public bool AnyTableKnows(string model)
        {
            foreach (RuleTable table in Tables)
            {
                if (ModelNameMatcher.IsKnownOrClose(model, table))
                {
                    return true;
                }
            }

            return false;
        }

        public static AnalyzerSettings Parse(string? ruleTable, string? videoMethods, RuleFile? ruleFile)
        {
            RuleTable table = BuiltInRuleTables.Default;
            string? unknown = null;
            string requested = ruleTable?.Trim() ?? string.Empty;
            if (requested.Length > 0)
            {
                RuleTable? found = BuiltInRuleTables.Find(requested);
                if (found != null)
                {
                    table = found;
                }
                else
                {
                    unknown = requested;
                }
            }

            // A user table that does not read falls back to the table it would have extended (SORA900 says why).
            RuleTable? userTable = ruleFile?.Read(table).Table;
            bool chosen = (requested.Length > 0 && unknown == null) || userTable != null;
            return new AnalyzerSettings(table, userTable ?? table, ParseMethods(videoMethods), unknown, chosen);
        }

        private static SoraClientMatcher ParseMethods(string? videoMethods)
        {
            if (string.IsNullOrWhiteSpace(videoMethods))
            {
                return SoraClientMatcher.Default;
            }

            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (string name in videoMethods!.Split(','))
            {
                string trimmed = name.Trim();
                if (trimmed.Length > 0)
                {
                    names.Add(trimmed);
                }
            }

            return new SoraClientMatcher(names.ToImmutable());
        }
    }
}
