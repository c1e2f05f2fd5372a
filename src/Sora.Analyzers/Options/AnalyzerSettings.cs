using System;
using System.Collections.Immutable;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Options
{
    /// <summary>The options in force for a syntax tree, parsed once per distinct set of option values.</summary>
    internal sealed class AnalyzerSettings
    {
        private AnalyzerSettings(RuleTable table, VideoMethodMatcher matcher, string? unknownRuleTable)
        {
            Table = table;
            Matcher = matcher;
            UnknownRuleTable = unknownRuleTable;
        }

        public RuleTable Table { get; }

        public VideoMethodMatcher Matcher { get; }

        /// <summary>The <c>rule_table</c> value when it names no table (then the default table is used), for SORA901.</summary>
        public string? UnknownRuleTable { get; }

        public static AnalyzerSettings Parse(string? ruleTable, string? videoMethods)
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

            return new AnalyzerSettings(table, ParseMethods(videoMethods), unknown);
        }

        private static VideoMethodMatcher ParseMethods(string? videoMethods)
        {
            if (string.IsNullOrWhiteSpace(videoMethods))
            {
                return VideoMethodMatcher.Default;
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

            return new VideoMethodMatcher(names.ToImmutable());
        }
    }
}
