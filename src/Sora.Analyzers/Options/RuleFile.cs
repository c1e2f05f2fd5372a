using System;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Options
{
    /// <summary>
    /// A project's <c>sora-rules.json</c> (an AdditionalFiles item). Its parsed table is cached per file text and base
    /// table, so the IDE, which builds a new compilation on every keystroke but keeps the text of unchanged files,
    /// parses it once.
    /// </summary>
    internal sealed class RuleFile
    {
        public const string FileName = "sora-rules.json";

        private static readonly ConditionalWeakTable<SourceText, ConcurrentDictionary<string, RuleTableReadResult>> Cache =
            new ConditionalWeakTable<SourceText, ConcurrentDictionary<string, RuleTableReadResult>>();

        private RuleFile(AdditionalText file, SourceText text)
        {
            File = file;
            Text = text;
        }

        public AdditionalText File { get; }

        public SourceText Text { get; }

        /// <summary>The first sora-rules.json of the project (by path, so the choice is deterministic); null when there is none.</summary>
        public static RuleFile? Find(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
        {
            AdditionalText? first = null;
            foreach (AdditionalText file in additionalFiles)
            {
                if (IsRuleFile(file) && (first == null || string.CompareOrdinal(file.Path, first.Path) < 0))
                {
                    first = file;
                }
            }

            SourceText? text = first?.GetText(cancellationToken);
            return first == null || text == null ? null : new RuleFile(first, text);
        }

        public static bool IsRuleFile(AdditionalText file)
            => string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The table the file describes on top of <paramref name="baseTable"/>, with its problems.</summary>
        public RuleTableReadResult Read(RuleTable baseTable)
        {
            ConcurrentDictionary<string, RuleTableReadResult> byBase = Cache.GetValue(Text, _ => new ConcurrentDictionary<string, RuleTableReadResult>(StringComparer.Ordinal));
            string text = Text.ToString();
            return byBase.GetOrAdd(baseTable.Name, _ => RuleTableReader.Read(text, baseTable, BuiltInRuleTables.Find));
        }

        /// <summary>Where a problem is, in the file: for SORA900's squiggle and its message.</summary>
        public Location LocationOf(RuleFileProblem problem)
        {
            int start = Math.Min(problem.Start, Text.Length);
            var span = new TextSpan(start, Math.Min(problem.Length, Text.Length - start));
            return Location.Create(File.Path, span, Text.Lines.GetLinePositionSpan(span));
        }
    }
}
