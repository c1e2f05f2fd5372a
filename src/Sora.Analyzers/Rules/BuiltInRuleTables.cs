using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace Sora.Analyzers.Rules
{
    /// <summary>The tables shipped inside the assembly as JSON resources (data, not code).</summary>
    internal static class BuiltInRuleTables
    {
        public const string DefaultName = "apiyi";

        // Each table is read from its resource the first time anything asks for the built-in tables.
        private static readonly Lazy<ImmutableArray<RuleTable>> Tables = new Lazy<ImmutableArray<RuleTable>>(
            () => Names.OrderBy(name => name == DefaultName ? 0 : 1).Select(Load).ToImmutableArray());

        /// <summary>
        /// The names <c>sora_analyzers.rule_table</c> and <c>extends</c> accept, in ordinal order, as messages list them
        /// (the default sorts first).
        /// </summary>
        public static ImmutableArray<string> Names { get; } = ImmutableArray.Create("apiyi", "azure-openai", "llmgateway", "openai");

        /// <summary>Every built-in table, the default first; the endpoint a request calls picks among them by <see cref="RuleTable.ServesHost"/>.</summary>
        public static ImmutableArray<RuleTable> All => Tables.Value;

        public static RuleTable Default => Tables.Value[0];

        /// <summary>Finds a built-in table by name (case-insensitive); null when there is none.</summary>
        public static RuleTable? Find(string name)
        {
            foreach (RuleTable table in Tables.Value)
            {
                if (string.Equals(name, table.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return table;
                }
            }

            return null;
        }

        /// <summary>The JSON text of a built-in table, as embedded.</summary>
        public static string ReadText(string name)
        {
            using Stream? stream = typeof(BuiltInRuleTables).Assembly.GetManifestResourceStream("Sora.Analyzers.Rules.Tables." + name + ".json");
            if (stream == null)
            {
                throw new InvalidOperationException("Missing embedded rule table '" + name + "'.");
            }

            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static RuleTable Load(string name)
        {
            // The shipped tables are validated by tests; a problem here is a packaging bug, not user input.
            RuleTableReadResult result = RuleTableReader.Read(ReadText(name), defaultBase: null, resolveBase: _ => null);
            return result.Table ?? throw new InvalidOperationException("Built-in rule table '" + name + "' is invalid: " + result.Problems[0].Message);
        }
    }
}
