using System.Collections.Immutable;

namespace Sora.Analyzers.Rules
{
    internal sealed class RuleTableReadResult
    {
        private RuleTableReadResult(RuleTable? table, ImmutableArray<RuleFileProblem> problems)
        {
            Table = table;
            Problems = problems;
        }

        /// <summary>The table, or null when the text has problems.</summary>
        public RuleTable? Table { get; }

        public ImmutableArray<RuleFileProblem> Problems { get; }

        public static RuleTableReadResult Succeeded(RuleTable table) => new RuleTableReadResult(table, ImmutableArray<RuleFileProblem>.Empty);

        public static RuleTableReadResult Failed(params RuleFileProblem[] problems) => new RuleTableReadResult(null, problems.ToImmutableArray());

        public static RuleTableReadResult Failed(ImmutableArray<RuleFileProblem> problems) => new RuleTableReadResult(null, problems);
    }
}
