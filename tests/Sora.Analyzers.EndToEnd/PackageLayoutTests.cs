using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Sora.Analyzers.EndToEnd.Infrastructure;

namespace Sora.Analyzers.EndToEnd;

/// <summary>What is inside Sora.Analyzers.&lt;version&gt;.nupkg: the analyzers for the compiler, nothing for the app.</summary>
public sealed class PackageLayoutTests(PackageFixture package, ITestOutputHelper output) : EndToEndTest(package, output)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    private static readonly string[] Assemblies = ["Sora.Analyzers", "Sora.Analyzers.CodeFixes"];

    [Fact]
    public Task Package_holds_both_assemblies_and_their_satellites_under_analyzers_and_nothing_for_the_app() => TimedAsync(() =>
    {
        using ZipArchive nupkg = ZipFile.OpenRead(Package.PackagePath);
        List<string> entries = nupkg.Entries.Select(entry => entry.FullName).ToList();
        Output.WriteLine(string.Join("\n", entries));

        List<string> analyzerFiles = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            Assemblies.Select(name => AnalyzerFolder + name + ".dll").Concat(ExpectedSatellites()).Order(StringComparer.Ordinal),
            analyzerFiles.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal) || e.StartsWith("runtimes/", StringComparison.Ordinal));
        foreach (string file in new[] { "README.md", "icon.png", "build/Sora.Analyzers.props", "build/Sora.Analyzers.targets", "buildTransitive/Sora.Analyzers.props", "buildTransitive/Sora.Analyzers.targets" })
        {
            Assert.Contains(file, entries);
        }

        return Task.CompletedTask;
    });

    [Fact]
    public Task Nuspec_is_a_development_dependency_without_dependencies_and_with_its_metadata() => TimedAsync(() =>
    {
        using ZipArchive nupkg = ZipFile.OpenRead(Package.PackagePath);
        using Stream stream = nupkg.GetEntry("Sora.Analyzers.nuspec")!.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
        Output.WriteLine(metadata.ToString());

        Assert.Equal("Sora.Analyzers", Value("id"));
        Assert.Equal(Package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.True(Element("dependencies") is null || !Element("dependencies")!.Descendants().Any(e => e.Name.LocalName == "dependency"), "The package has dependencies.");
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", (string?)Element("license")!.Attribute("type"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("https://github.com/sora-analyzers/Sora.Analyzers", (string?)Element("repository")?.Attribute("url"));
        Assert.StartsWith(Value("projectUrl")!, Expected.HelpLinkBase, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("analyzers", Value("tags")!.Split(' '));

        return Task.CompletedTask;
    });

    [Fact]
    public Task Nuspec_has_the_icon_the_release_notes_of_CHANGELOG_and_the_commit_it_was_built_from() => TimedAsync(() =>
    {
        using ZipArchive nupkg = ZipFile.OpenRead(Package.PackagePath);
        XElement metadata;
        using (Stream stream = nupkg.GetEntry("Sora.Analyzers.nuspec")!.Open())
        {
            metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        // The icon: a 128x128 PNG (its IHDR chunk holds the width and height, big-endian, at bytes 16 and 20).
        Assert.Equal("icon.png", Value("icon"));
        byte[] icon = ReadEntry(nupkg, "icon.png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
        Assert.Equal((128, 128), (BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20))));

        // The release notes: the section of CHANGELOG.md of the version the package is a build of (0.1.0 for 0.1.0-e2e.…).
        string release = Package.Version.Split('-')[0];
        string notes = Value("releaseNotes") ?? string.Empty;
        Assert.StartsWith($"## {release}", notes, StringComparison.Ordinal);
        Assert.Contains(notes.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(Path.Combine(Package.RepositoryRoot, "CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\n## ", notes, StringComparison.Ordinal);

        // The license: the MIT expression in the package, the MIT text in the repository.
        Assert.Equal("MIT", Value("license"));
        Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(Package.RepositoryRoot, "LICENSE")), StringComparison.Ordinal);

        // The repository and the commit the package was built from.
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/sora-analyzers/Sora.Analyzers", (string?)repository.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);

        return Task.CompletedTask;
    });

    [Fact]
    public Task Analyzer_assemblies_need_no_newer_compiler_than_Roslyn_4_8() => TimedAsync(() =>
    {
        // A reference to a newer Microsoft.CodeAnalysis makes Visual Studio 17.8 / the 8.0.100 SDK refuse the analyzers (CS8032).
        using ZipArchive nupkg = ZipFile.OpenRead(Package.PackagePath);
        foreach (string name in Assemblies)
        {
            using var bytes = new MemoryStream();
            using (Stream stream = nupkg.GetEntry(AnalyzerFolder + name + ".dll")!.Open())
            {
                stream.CopyTo(bytes);
            }

            bytes.Position = 0;
            using var pe = new PEReader(bytes);
            MetadataReader reader = pe.GetMetadataReader();
            var roslyn = reader.AssemblyReferences.Select(reader.GetAssemblyReference)
                .Where(reference => reader.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .Select(reference => (Name: reader.GetString(reference.Name), reference.Version))
                .ToList();
            Output.WriteLine($"{name}: {string.Join(", ", roslyn)}");
            Assert.Contains(roslyn, reference => reference.Name == "Microsoft.CodeAnalysis");
            Assert.All(roslyn, reference => Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{name} references {reference.Name} {reference.Version}."));
        }

        return Task.CompletedTask;
    });

    private static byte[] ReadEntry(ZipArchive nupkg, string name)
    {
        using var bytes = new MemoryStream();
        using (Stream stream = nupkg.GetEntry(name)!.Open())
        {
            stream.CopyTo(bytes);
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// analyzers/dotnet/cs/&lt;culture&gt;/&lt;assembly&gt;.resources.dll for each translated resx in the two projects
    /// (Resources.zh-Hans.resx gives zh-Hans/Sora.Analyzers.resources.dll), whatever cultures there are.
    /// </summary>
    private IEnumerable<string> ExpectedSatellites()
    {
        foreach (string assembly in Assemblies)
        {
            string project = Path.Combine(Package.RepositoryRoot, "src", assembly);
            var cultures = Directory.EnumerateFiles(project, "*.resx", SearchOption.AllDirectories)
                .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(path => Path.GetExtension(Path.GetFileNameWithoutExtension(path)).TrimStart('.'))
                .Where(IsCulture)
                .Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (string culture in cultures)
            {
                yield return $"{AnalyzerFolder}{culture}/{assembly}.resources.dll";
            }
        }
    }

    private static bool IsCulture(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        try
        {
            return !CultureInfo.GetCultureInfo(name, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
