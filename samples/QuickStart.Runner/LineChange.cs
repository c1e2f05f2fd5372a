namespace QuickStart.Runner
{
    /// <summary>A line of a C# file that differs between the sample and its fixed copy (fixes rewrite values in place: lines keep their numbers).</summary>
    internal sealed record LineChange(string File, int Line, string Before, string After)
    {
        /// <summary>Every changed line of every .cs file, Program.cs first (the reader has just seen its warnings), then by path and line.</summary>
        public static IReadOnlyList<LineChange> Compare(string original, string changed)
        {
            var changes = new List<LineChange>();
            foreach (string path in Directory.EnumerateFiles(changed, "*.cs", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(changed, path);
                string[] parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                string[] before = System.IO.File.ReadAllLines(Path.Combine(original, relative));
                string[] after = System.IO.File.ReadAllLines(path);
                for (int i = 0; i < Math.Min(before.Length, after.Length); i++)
                {
                    if (before[i] != after[i])
                    {
                        changes.Add(new LineChange(relative.Replace('\\', '/'), i + 1, before[i], after[i]));
                    }
                }
            }

            return changes
                .OrderBy(change => change.File == "Program.cs" ? 0 : 1)
                .ThenBy(change => change.File, StringComparer.Ordinal)
                .ThenBy(change => change.Line)
                .ToList();
        }
    }
}
