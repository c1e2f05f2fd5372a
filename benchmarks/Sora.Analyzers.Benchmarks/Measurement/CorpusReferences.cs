using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// What the corpus compiles against: the .NET 10 reference assemblies (Basic.Reference.Assemblies, restored with this
/// project, so nothing downloads at run time) plus the libraries the corpus uses that are not in the shared framework,
/// taken from this program's own output folder: Microsoft.Extensions.Logging.Abstractions (the real types CA2017 looks
/// for), the OpenAI SDK and its System.ClientModel / System.Memory.Data dependencies.
/// </summary>
internal static class CorpusReferences
{
    private static readonly string[] LibraryPrefixes = { "Microsoft.Extensions.", "OpenAI.", "System.ClientModel.", "System.Memory.Data." };

    // Declared before All: static initializers run in order, and Create() sets it.
    private static ImmutableArray<string> s_libraryNames = ImmutableArray<string>.Empty;

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    /// <summary>The library files added to the reference assemblies, for the report.</summary>
    public static ImmutableArray<string> LibraryNames => s_libraryNames;

    private static ImmutableArray<MetadataReference> Create()
    {
        // Force the libraries into the output folder's probing set even if nothing else here touches them.
        _ = typeof(Microsoft.Extensions.Logging.ILogger).Assembly;
        _ = typeof(OpenAI.OpenAIClient).Assembly;
        _ = typeof(System.ClientModel.BinaryContent).Assembly;
        _ = typeof(BinaryData).Assembly;

        string[] libraries = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => LibraryPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        string[] required = { "Microsoft.Extensions.Logging.Abstractions.dll", "OpenAI.dll", "System.ClientModel.dll", "System.Memory.Data.dll" };
        foreach (string name in required)
        {
            if (!libraries.Any(path => Path.GetFileName(path) == name))
            {
                throw new InvalidOperationException($"{name} is missing from {AppContext.BaseDirectory}: the corpus cannot compile without it.");
            }
        }

        s_libraryNames = libraries.Select(path => Path.GetFileNameWithoutExtension(path)).ToImmutableArray();
        return Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Concat(libraries.Select(path => MetadataReference.CreateFromFile(path)))
            .ToImmutableArray();
    }
}
