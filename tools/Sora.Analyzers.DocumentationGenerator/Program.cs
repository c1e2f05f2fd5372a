using Sora.Analyzers.DocumentationGenerator;

// dotnet run --project tools/Sora.Analyzers.DocumentationGenerator [-- --check]
// Writes the generated docs, or with --check only says which files differ (exit code 1).
bool check = args.Contains("--check");
string root = DocumentationSet.FindRoot(Directory.GetCurrentDirectory());
IReadOnlyList<GeneratedFile> files = DocumentationSet.Generate(root);
IReadOnlyList<string> stale = DocumentationSet.StaleTablePages(root, files);
var differing = files.Where(file =>
{
    string path = Path.Combine(root, file.Path);
    return !File.Exists(path) || DocumentationSet.Read(path) != file.Text;
}).ToList();

if (check)
{
    foreach (GeneratedFile file in differing)
    {
        Console.Error.WriteLine($"{file.Path} differs from what the generator writes.");
    }

    foreach (string path in stale)
    {
        Console.Error.WriteLine($"{path} documents no built-in table.");
    }

    if (differing.Count + stale.Count > 0)
    {
        Console.Error.WriteLine($"Run: {Markers.Command}");
        return 1;
    }

    Console.WriteLine($"The {files.Count} generated files are up to date.");
    return 0;
}

foreach (GeneratedFile file in differing)
{
    string path = Path.Combine(root, file.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, file.Text);
    Console.WriteLine($"wrote {file.Path}");
}

foreach (string path in stale)
{
    File.Delete(Path.Combine(root, path));
    Console.WriteLine($"deleted {path}");
}

Console.WriteLine($"{differing.Count + stale.Count} of {files.Count} generated files changed.");
return 0;
