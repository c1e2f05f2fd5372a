namespace QuickStart.Runner
{
    /// <summary>
    /// artifacts/local-feed: the packages the runner packs, and Sora.Analyzers.version.props, which tells
    /// samples/QuickStart/QuickStart.csproj the version to install.
    /// </summary>
    internal sealed class LocalFeed
    {
        private const string PackageId = "Sora.Analyzers";

        private readonly RepositoryLayout _layout;

        private LocalFeed(RepositoryLayout layout) => _layout = layout;

        /// <summary>Removes the packages of earlier runs from the feed and from the sample's packages folder, so they do not pile up.</summary>
        public static LocalFeed Prepare(RepositoryLayout layout)
        {
            if (Directory.Exists(layout.Feed))
            {
                Directory.Delete(layout.Feed, recursive: true);
            }

            Directory.CreateDirectory(layout.Feed);
            string installed = Path.Combine(layout.SamplePackages, PackageId.ToLowerInvariant());
            if (Directory.Exists(installed))
            {
                Directory.Delete(installed, recursive: true);
            }

            return new LocalFeed(layout);
        }

        public void SelectVersion(string version)
            => File.WriteAllText(Path.Combine(_layout.Feed, "Sora.Analyzers.version.props"), $"""
                <Project>
                  <!-- Written by samples/QuickStart.Runner: the version of Sora.Analyzers that samples/QuickStart installs from this feed. -->
                  <PropertyGroup>
                    <SoraAnalyzersVersion>{version}</SoraAnalyzersVersion>
                  </PropertyGroup>
                </Project>

                """);
    }
}
