using System.Xml.Linq;

namespace QuickStart.Runner
{
    /// <summary>Where the repository keeps what the runner uses, found from any folder inside the repository.</summary>
    internal sealed class RepositoryLayout
    {
        private RepositoryLayout(string root)
        {
            Root = root;
            PackageProject = Path.Combine(root, "src", "Sora.Analyzers.Package", "Sora.Analyzers.Package.csproj");
            Sample = Path.Combine(root, "samples", "QuickStart");
            SampleProject = Path.Combine(Sample, "QuickStart.csproj");
            Feed = Path.Combine(root, "artifacts", "local-feed");
            SamplePackages = Path.Combine(root, "artifacts", "quickstart-packages");
            BaseVersion = ReadBaseVersion(Path.Combine(root, "Directory.Build.props"));
        }

        public string Root { get; }

        public string PackageProject { get; }

        public string Sample { get; }

        public string SampleProject { get; }

        /// <summary>The local feed the sample's nuget.config names (artifacts/ is ignored by git).</summary>
        public string Feed { get; }

        /// <summary>The sample's own packages folder, as its nuget.config says.</summary>
        public string SamplePackages { get; }

        /// <summary>The version the repository builds (Directory.Build.props), which the local versions are pre-releases of.</summary>
        public string BaseVersion { get; }

        /// <summary>
        /// The sample's restores use its own packages folder even when NUGET_PACKAGES is set (that variable overrides the
        /// globalPackagesFolder of a nuget.config): your NuGet cache never receives a local build.
        /// </summary>
        public IReadOnlyDictionary<string, string> SampleEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = SamplePackages };

        public static RepositoryLayout Find(string start)
        {
            for (DirectoryInfo? directory = new(start); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Sora.Analyzers.sln")))
                {
                    return new RepositoryLayout(directory.FullName);
                }
            }

            throw new InvalidOperationException($"Run this from inside the Sora.Analyzers repository: no Sora.Analyzers.sln above {start}.");
        }

        public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

        private static string ReadBaseVersion(string props)
        {
            string? version = XDocument.Load(props).Descendants().FirstOrDefault(element => element.Name.LocalName == "Version")?.Value.Trim();
            return string.IsNullOrEmpty(version) ? throw new InvalidOperationException($"{props} sets no <Version>.") : version;
        }
    }
}
