namespace Sora.Analyzers.Tests.Verifiers;

/// <summary>The repository the tests run from: docs and resource files are read from the sources, not from the build output.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sora.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Sora.Analyzers.sln above " + AppContext.BaseDirectory);
    }
}
