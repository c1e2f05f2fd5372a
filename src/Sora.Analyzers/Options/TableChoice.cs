using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Options
{
    /// <summary>
    /// The table that applies to a request, and whether something chose it for that request — its endpoint's host, an
    /// explicit <c>rule_table</c>, or a project rule file — rather than the default alone (docs/configuration.md,
    /// "Which table applies"). Only a chosen table checks a request whose model is known only at run time.
    /// </summary>
    internal readonly struct TableChoice
    {
        public TableChoice(RuleTable table, bool chosen)
        {
            Table = table;
            Chosen = chosen;
        }

        public RuleTable Table { get; }

        public bool Chosen { get; }
    }
}
