using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Localization;

/// <summary>
/// Every .resx of the product has a zh-Hans translation with exactly the same keys and, in each value, the same
/// format placeholders. Read from the repository, so a key added in English only fails here before a user sees
/// an English text in a Chinese IDE.
/// </summary>
public class ResourceFileTests
{
    private const string Culture = "zh-Hans";

    private static readonly string Root = Repository.Root;

    public static TheoryData<string> NeutralResourceFiles
    {
        get
        {
            var files = new TheoryData<string>();
            foreach (string path in Directory.GetFiles(Path.Combine(Root, "src"), "*.resx", SearchOption.AllDirectories)
                .Where(path => !IsBuildOutput(path) && !Path.GetFileNameWithoutExtension(path).Contains('.', StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal))
            {
                files.Add(Path.GetRelativePath(Root, path).Replace('\\', '/'));
            }

            return files;
        }
    }

    [Fact]
    public void BothAssembliesHaveResources()
    {
        string[] files = ((IEnumerable<object[]>)NeutralResourceFiles).Select(row => (string)row[0]).ToArray();

        Assert.Contains("src/Sora.Analyzers/Diagnostics/Resources.resx", files);
        Assert.Contains("src/Sora.Analyzers.CodeFixes/Fixes/CodeFixResources.resx", files);
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void TranslationExists(string neutral)
        => Assert.True(File.Exists(TranslationPath(neutral)), $"{neutral} has no {Culture} translation.");

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void EveryEnglishKeyIsTranslated(string neutral)
    {
        Dictionary<string, string> english = Read(Path.Combine(Root, neutral));
        Dictionary<string, string> chinese = Read(TranslationPath(neutral));

        Assert.Empty(english.Keys.Except(chinese.Keys).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void EveryTranslatedKeyExistsInEnglish(string neutral)
    {
        Dictionary<string, string> english = Read(Path.Combine(Root, neutral));
        Dictionary<string, string> chinese = Read(TranslationPath(neutral));

        Assert.Empty(chinese.Keys.Except(english.Keys).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void TranslationsKeepThePlaceholdersAndAreNotEnglish(string neutral)
    {
        Dictionary<string, string> english = Read(Path.Combine(Root, neutral));
        Dictionary<string, string> chinese = Read(TranslationPath(neutral));

        Assert.All(english.Keys.Intersect(chinese.Keys), key =>
        {
            Assert.Equal(Placeholders(english[key]), Placeholders(chinese[key]));
            Assert.NotEqual(english[key], chinese[key]);
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
        });
    }

    private static string TranslationPath(string neutral)
        => Path.Combine(Root, Path.ChangeExtension(neutral, null) + "." + Culture + ".resx");

    private static Dictionary<string, string> Read(string path)
        => XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static string[] Placeholders(string text)
        => Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToArray();

    private static bool IsBuildOutput(string path)
    {
        string[] parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
