using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>
/// The types a finder looks up by name (<c>System.Net.Http.MultipartFormDataContent</c>, <c>StringContent</c>) may be
/// defined more than once: a library may embed an internal copy, or the project may declare its own. The finder then
/// uses the type the user's code binds to, instead of switching itself off.
/// </summary>
[Trait("Rule", "SORA001")]
[Trait("Rule", "SORA003")]
public class DuplicateTypeTests
{
    private const string Form = """
        using System.Net.Http;

        class App
        {
            void Run()
            {
                var form = new MultipartFormDataContent();
                form.Add(new StringContent("sora-2"), "model");
                form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                form.Add(new StringContent({|SORA003:"1792x1024"|}), "size");
            }
        }
        """;

    [Fact]
    public Task AFormIsCheckedWhenAReferenceHasAnInternalCopyOfTheFormType()
        => VerifyWithReferenceAsync(Form, "namespace System.Net.Http { internal sealed class MultipartFormDataContent { } }");

    [Fact]
    public Task AFormIsCheckedWhenAReferenceHasInternalCopiesOfBothTypes()
        => VerifyWithReferenceAsync(Form, """
            namespace System.Net.Http
            {
                internal sealed class MultipartFormDataContent { }
                internal sealed class StringContent { }
            }
            """);

    [Fact]
    public Task AFormIsCheckedWhenTwoReferencesHaveInternalCopies()
        => VerifyWithReferenceAsync(
            Form,
            "namespace System.Net.Http { internal sealed class MultipartFormDataContent { } }",
            "namespace System.Net.Http { internal sealed class MultipartFormDataContent { } internal sealed class StringContent { } }");

    [Fact]
    public Task TheProjectsOwnFormTypeIsTheOneItsCodeUses()
        // The compiler binds the project's own declaration (warning CS0436), and so does the finder.
        => Verify.AnalyzerAsync(Form + """

                namespace System.Net.Http
                {
                    public sealed class MultipartFormDataContent : MultipartContent
                    {
                        public void Add(HttpContent content, string name) { }
                    }
                }
                """);

    private static Task VerifyWithReferenceAsync(string source, params string[] libraries)
    {
        var test = new Verify.AnalyzerTest { TestCode = source };
        for (int i = 0; i < libraries.Length; i++)
        {
            test.TestState.AdditionalReferences.Add(Library("Embedding" + i, libraries[i]));
        }

        return test.RunAsync();
    }

    /// <summary>A compiled library: the reference a package that embeds its own copy of a framework type would add.</summary>
    private static MetadataReference Library(string name, string source)
    {
        CSharpCompilation library = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult result = library.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
