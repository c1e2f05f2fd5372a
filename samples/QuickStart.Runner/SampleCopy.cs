namespace QuickStart.Runner
{
    /// <summary>
    /// A copy of samples/QuickStart (without bin/ and obj/) in the system's temporary folder, for dotnet format to rewrite;
    /// deleted when disposed, and on Ctrl+C. It installs the same package from the same feed as the sample.
    /// </summary>
    internal sealed class SampleCopy : IDisposable
    {
        private SampleCopy(string directory)
        {
            Directory = directory;
            Console.CancelKeyPress += DeleteOnCancel;
        }

        public string Directory { get; }

        public string ProjectFile => Path.Combine(Directory, "QuickStart.csproj");

        public static SampleCopy Create(RepositoryLayout layout, string version)
        {
            string directory = Path.Combine(Path.GetTempPath(), "sora-quickstart-" + Guid.NewGuid().ToString("N")[..12]);
            var copy = new SampleCopy(directory);
            try
            {
                CopyFolder(layout.Sample, directory);

                // The sample finds the feed and its version through paths relative to the repository
                // (nuget.config, the import in QuickStart.csproj); the copy is told them directly.
                File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"""
                    <Project>
                      <!-- A temporary copy of samples/QuickStart made by samples/QuickStart.Runner: the version to install. -->
                      <PropertyGroup>
                        <SoraAnalyzersVersion>{version}</SoraAnalyzersVersion>
                      </PropertyGroup>
                    </Project>

                    """);
                File.WriteAllText(Path.Combine(directory, "nuget.config"), File.ReadAllText(Path.Combine(layout.Sample, "nuget.config"))
                    .Replace("../../artifacts/local-feed", layout.Feed, StringComparison.Ordinal)
                    .Replace("../../artifacts/quickstart-packages", layout.SamplePackages, StringComparison.Ordinal));
                return copy;
            }
            catch
            {
                copy.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Console.CancelKeyPress -= DeleteOnCancel;
            if (System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }

        private void DeleteOnCancel(object? sender, ConsoleCancelEventArgs e) => Dispose();

        private static void CopyFolder(string source, string destination)
        {
            System.IO.Directory.CreateDirectory(destination);
            foreach (string file in System.IO.Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            foreach (string folder in System.IO.Directory.EnumerateDirectories(source))
            {
                string name = Path.GetFileName(folder);
                if (name is not ("bin" or "obj"))
                {
                    CopyFolder(folder, Path.Combine(destination, name));
                }
            }
        }
    }
}
