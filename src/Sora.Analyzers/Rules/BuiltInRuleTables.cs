using System;
using System.Collections.Immutable;
using System.IO;

namespace Sora.Analyzers.Rules
{
    /// <summary>The tables shipped inside the assembly as JSON resources (data, not code).</summary>
    internal static class BuiltInRuleTables
    {
        public const string DefaultName = "apiyi";

        private static readonly Lazy<RuleTable> Apiyi = new Lazy<RuleTable>(() => Load("apiyi"));
        private static readonly Lazy<RuleTable> OpenAI = new Lazy<RuleTable>(() => Load("openai"));

        /// <summary>The names <c>sora_analyzers.rule_table</c> and <c>extends</c> accept, default first.</summary>
        public static ImmutableArray<string> Names { get; } = ImmutableArray.Create("apiyi", "openai");

        public static RuleTable Default => Apiyi.Value;

        /// <summary>Finds a built-in table by name (case-insensitive); null when there is none.</summary>
        public static RuleTable? Find(string name)
        {
            if (string.Equals(name, "apiyi", StringComparison.OrdinalIgnoreCase))
            {
                return Apiyi.Value;
            }

            if (string.Equals(name, "openai", StringComparison.OrdinalIgnoreCase))
            {
                return OpenAI.Value;
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
