using System;
using System.Collections.Immutable;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Options
{
    /// <summary>The options in force for a syntax tree, parsed once per distinct set of option values.</summary>
    internal sealed class AnalyzerSettings
    {
        private AnalyzerSettings(RuleTable baseTable, RuleTable table, SoraClientMatcher matcher, string? unknownRuleTable)
        {
            BaseTable = baseTable;
            Table = table;
            Matcher = matcher;
            UnknownRuleTable = unknownRuleTable;
        }

        /// <summary>The built-in table the options choose: what a sora-rules.json extends by default.</summary>
        public RuleTable BaseTable { get; }

        /// <summary>The table in force: the project's sora-rules.json on top of <see cref="BaseTable"/>, or the base table.</summary>
        public RuleTable Table { get; }

        public SoraClientMatcher Matcher { get; }

        /// <summary>The <c>rule_table</c> value when it names no table (then the default table is used), for SORA901.</summary>
        public string? UnknownRuleTable { get; }

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
            return new AnalyzerSettings(table, userTable ?? table, ParseMethods(videoMethods), unknown);
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
