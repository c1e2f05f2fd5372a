using System.Text.RegularExpressions;

namespace QuickStart.Runner
{
    /// <summary>One SORA warning of the sample's build, in the words a reader needs: file, position, rule, message.</summary>
    internal sealed partial record BuildWarning(string File, int Line, int Column, string Id, string Message)
    {
        /// <summary>Program.cs(7,89): SORA001 Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'.</summary>
        public string ToShortString() => $"{File}({Line},{Column}): {Id} {Message}";

        /// <summary>
        /// The distinct SORA warnings of a build log, Program.cs first, then by file and position. MSBuild prints each
        /// warning twice (as it happens and in the closing summary), each with the full path of the file, the rule's help
        /// link and the project: the file is made relative to the project's folder, the link and the project dropped.
        /// </summary>
        public static IReadOnlyList<BuildWarning> ParseDistinct(IEnumerable<string> log, string projectFolder)
        {
            var warnings = new List<BuildWarning>();
            var seen = new HashSet<BuildWarning>();
            foreach (string line in log)
            {
                Match match = WarningLine().Match(line);
                if (!match.Success)
                {
                    continue;
                }

                string path = match.Groups["path"].Value.Trim();
                string file = Path.IsPathRooted(path) ? Path.GetRelativePath(projectFolder, path) : path;
                var warning = new BuildWarning(
                    file.Replace('\\', '/'),
                    int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    match.Groups["id"].Value,
                    match.Groups["message"].Value.Trim());
                if (seen.Add(warning))
                {
                    warnings.Add(warning);
                }
            }

            return warnings
                .OrderBy(warning => warning.File == "Program.cs" ? 0 : 1)
                .ThenBy(warning => warning.File, StringComparer.Ordinal)
                .ThenBy(warning => warning.Line)
                .ThenBy(warning => warning.Column)
                .ToList();
        }

        /// <summary>"11 SORA warnings: SORA001 ×3, SORA002 ×1, …", ids in order.</summary>
        public static string Summary(IReadOnlyList<BuildWarning> warnings)
            => $"{warnings.Count} SORA warning(s): " + string.Join(", ", warnings
                .GroupBy(warning => warning.Id, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => $"{group.Key} x{group.Count()}"));

        // path(line,column[,endLine,endColumn]): warning SORA001: message[ (help link)][ [project]]
        [GeneratedRegex(@"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): warning (?<id>SORA\d+): (?<message>.*?)(?: \(https?://[^\s()]+\))?(?: \[[^\[\]]+\])?\s*$")]
        private static partial Regex WarningLine();
    }
}
