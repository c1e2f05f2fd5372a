namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>The comments that fence generated text inside a hand-written page, and the command they name.</summary>
    public static class Markers
    {
        public const string Command = "dotnet run --project tools/Sora.Analyzers.DocumentationGenerator";

        /// <summary>Opens the rule table of README.md and docs/rules/README.md.</summary>
        public const string RulesBegin = "<!-- rules: generated from the descriptors by " + Command + " -->";

        public const string RulesEnd = "<!-- end of rules -->";

        /// <summary>Closes the generated header at the top of docs/rules/SORAxxx.md; the page's own text follows it.</summary>
        public const string HeaderEnd = "<!-- end of the header generated from the descriptor by " + Command + "; edit below -->";

        /// <summary>
        /// <paramref name="text"/> with what lies between <paramref name="begin"/> and <paramref name="end"/> (each alone on
        /// its line) replaced by <paramref name="content"/>.
        /// </summary>
        public static string Replace(string text, string path, string begin, string end, string content)
        {
            int start = text.IndexOf(begin + "\n", StringComparison.Ordinal);
            int stop = start < 0 ? -1 : text.IndexOf("\n" + end, start, StringComparison.Ordinal);
            if (start < 0 || stop < 0)
            {
                throw new InvalidOperationException($"{path} has no generated section: put the lines\n{begin}\n{end}\nwhere it goes, then run {Command}.");
            }

            int inner = start + begin.Length + 1;
            return string.Concat(text.AsSpan(0, inner), content, text.AsSpan(stop + 1));
        }
    }
}
