namespace Sora.Analyzers.DocumentationGenerator
{
    /// <summary>
    /// Every file the generator owns or fills in, computed from the code and the files as they are now: the rule tables
    /// of README.md and docs/rules/README.md, each docs/rules/SORAxxx.md (its header), and docs/tables/.
    /// </summary>
    public static class DocumentationSet
    {
        public const string TablesFolder = "docs/tables";

        public static IReadOnlyList<GeneratedFile> Generate(string root)
        {
            IReadOnlyList<Rule> rules = RuleCatalog.Load();
            IReadOnlyList<BuiltInTable> tables = BuiltInTable.LoadAll();
            var files = new List<GeneratedFile>
            {
                Fill(root, "README.md", RuleDocs.ReadmeTable(rules)),
                Fill(root, "docs/rules/README.md", RuleDocs.IndexTable(rules)),
            };
            foreach (Rule rule in rules)
            {
                string path = $"docs/rules/{rule.Id}.md";
                string full = Path.Combine(root, path);
                if (!File.Exists(full))
                {
                    throw new InvalidOperationException($"{path} is missing: write the rule's page (a property table under its title), then run {Markers.Command}.");
                }

                files.Add(new GeneratedFile(path, RuleDocs.Page(rule, Read(full), path)));
            }

            files.Add(new GeneratedFile($"{TablesFolder}/README.md", TablePage.Index(tables)));
            files.AddRange(tables.Select(table => new GeneratedFile($"{TablesFolder}/{table.Name}.md", TablePage.Render(table))));
            return files;
        }

        /// <summary>The pages in docs/tables that the generator would not write (a table renamed or removed).</summary>
        public static IReadOnlyList<string> StaleTablePages(string root, IReadOnlyList<GeneratedFile> files)
        {
            string folder = Path.Combine(root, TablesFolder);
            return !Directory.Exists(folder)
                ? []
                : Directory.GetFiles(folder, "*.md")
                    .Select(path => $"{TablesFolder}/{Path.GetFileName(path)}")
                    .Where(path => !files.Any(file => file.Path == path))
                    .Order(StringComparer.Ordinal)
                    .ToList();
        }

        /// <summary>The repository folder above <paramref name="start"/> (the one holding Sora.Analyzers.sln).</summary>
        public static string FindRoot(string start)
        {
            for (DirectoryInfo? directory = new(start); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Sora.Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No Sora.Analyzers.sln above {start}: run the generator inside the repository.");
        }

        /// <summary>A file's text with '\n' line ends, as the generator writes it (.editorconfig: end_of_line = lf).</summary>
        public static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

        private static GeneratedFile Fill(string root, string path, string table)
            => new(path, Markers.Replace(Read(Path.Combine(root, path)), path, Markers.RulesBegin, Markers.RulesEnd, table));
    }
}
