using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Sora.Analyzers.Tests.Verifiers;

/// <summary>
/// .NET 10 reference assemblies from the Basic.Reference.Assemblies package: restored with the project,
/// so no test downloads a targeting pack at run time.
/// </summary>
internal static class TestReferences
{
    public static void Apply(SolutionState state)
    {
        state.AdditionalReferences.AddRange(All);
    }

    /// <summary>The framework, plus the OpenAI SDK and what its request shapes use (BinaryContent, BinaryData).</summary>
    public static IEnumerable<MetadataReference> All { get; } = Basic.Reference.Assemblies.Net100.References.All
        .Concat(new[] { typeof(OpenAI.Videos.VideoClient), typeof(System.ClientModel.BinaryContent), typeof(BinaryData) }
            .Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)))
        .ToArray();

    /// <summary>No package to resolve: the references come from <see cref="Apply"/>.</summary>
    public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net10.0");
}
