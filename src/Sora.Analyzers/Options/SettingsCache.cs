using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Options
{
    /// <summary>
    /// Per compilation: the settings of each tree (.editorconfig options are per file), parsed once per distinct
    /// option values. Every tree's options are read when the compilation starts (a dictionary lookup each), so the
    /// unknown values for SORA901 and whether any method is listed in video_methods are known before any node is seen.
    /// </summary>
    internal sealed class SettingsCache
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<(string? RuleTable, string? VideoMethods), AnalyzerSettings> _byValues = new ConcurrentDictionary<(string?, string?), AnalyzerSettings>();

        private readonly RuleFile? _ruleFile;

        public SettingsCache(AnalyzerConfigOptionsProvider provider, RuleFile? ruleFile, IEnumerable<SyntaxTree> trees)
        {
            _provider = provider;
            _ruleFile = ruleFile;
            Global = Get(provider.GlobalOptions);
            foreach (SyntaxTree tree in trees)
            {
                For(tree);
            }
        }

        /// <summary>Every distinct set of settings in force in the compilation.</summary>
        public IEnumerable<AnalyzerSettings> All => _byValues.Values;

        public AnalyzerSettings For(SyntaxTree tree) => Get(_provider.GetOptions(tree));

        /// <summary>The settings of .globalconfig alone (and of every tree without an .editorconfig value).</summary>
        public AnalyzerSettings Global { get; }

        /// <summary>Every unknown rule_table value met so far, sorted so that reports are deterministic.</summary>
        public IEnumerable<string> UnknownRuleTables
            => _byValues.Values.Select(s => s.UnknownRuleTable).OfType<string>().Distinct().OrderBy(v => v, System.StringComparer.Ordinal);

        private AnalyzerSettings Get(AnalyzerConfigOptions options)
        {
            options.TryGetValue(OptionNames.RuleTable, out string? ruleTable);
            options.TryGetValue(OptionNames.VideoMethods, out string? videoMethods);
            return _byValues.GetOrAdd((ruleTable, videoMethods), key => AnalyzerSettings.Parse(key.RuleTable, key.VideoMethods, _ruleFile));
        }
    }
}
