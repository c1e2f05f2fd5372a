using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/design.md, "Fixes", on multipart forms: a fix rewrites the StringContent's value in its own form, and when a switch of
/// model needs a model the form does not have, adds a <c>form.Add(new StringContent("..."), "model");</c> statement.
/// </summary>
public class MultipartFormFixTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Threading.Tasks;

        """;

    private const string Studio = """

        class Studio
        {
            public Task<string> CreateVideoAsync(HttpContent form) => Task.FromResult("video_123");
        }
        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NearestSecondsKeepsTheString()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds"); // ten seconds
                }
            }
            """,
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), "seconds"); // ten seconds
                }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NearestSecondsReplacesAConstantAtTheUseSite()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                const string Ten = "10";

                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:Ten|}), "seconds");
                }
            }
            """,
            Usings + """
            class App
            {
                const string Ten = "10";

                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), "seconds");
                }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA003")]
    public Task NearestSize()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent({|SORA003:"1024x1792"|}), "size");
                    form.Add(new StringContent("sora-2"), "model");
                }
            }
            """,
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("720x1280"), "size");
                    form.Add(new StringContent("sora-2"), "model");
                }
            }
            """,
            FixKeys.UseNearestSize);

    [Fact]
    [Trait("Rule", "SORA002")]
    public Task ClosestModelName()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent({|SORA002:"sora-2pro"|}), "model");
                    form.Add(new StringContent("10"), "seconds");
                }
            }
            """,
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2-pro"), "model");
                    form.Add(new StringContent("10"), "seconds");
                }
            }
            """,
            FixKeys.UseClosestModel);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelEditsTheModelField()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                }
            }
            """,
            Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2-pro"), "model");
                    form.Add(new StringContent("10"), "seconds");
                }
            }
            """,
            FixKeys.SwitchModelForSeconds);

    /// <summary>No model means sora-2, which has no 10-second videos; sora-2-pro has: the fix adds it as one more field.</summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchModelAddsAModelFieldAfterTheLastAdd()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                async Task<string> Run(Studio studio)
                {
                    using var request = new MultipartFormDataContent();
                    request.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    request.Add(new StringContent("A red fox runs through snow"), "prompt");
                    return await studio.CreateVideoAsync(request);
                }
            }
            """ + Studio,
            Usings + """
            class App
            {
                async Task<string> Run(Studio studio)
                {
                    using var request = new MultipartFormDataContent();
                    request.Add(new StringContent("10"), "seconds");
                    request.Add(new StringContent("A red fox runs through snow"), "prompt");
                    request.Add(new StringContent("sora-2-pro"), "model");
                    return await studio.CreateVideoAsync(request);
                }
            }
            """ + Studio,
            FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    /// <summary>
    /// The added statement keeps the document's line endings and the way it writes StringContent, goes after a
    /// trailing comment, and joins the form's own statement list (not an Add that only runs sometimes).
    /// </summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TheAddedModelFollowsTheDocumentsStyle()
        => Verify.FixAsync(
            """
            using System.Threading.Tasks;

            class App
            {
                async Task<string> Run(Studio studio, bool withPrompt)
                {
                    using (var form = new System.Net.Http.MultipartFormDataContent())
                    {
                        form.Add(new System.Net.Http.StringContent({|SORA001:"10"|}), "seconds"); // ten seconds
                        if (withPrompt)
                        {
                            form.Add(new System.Net.Http.StringContent("A red fox"), "prompt");
                        }

                        return await studio.CreateVideoAsync(form);
                    }
                }
            }

            class Studio
            {
                public Task<string> CreateVideoAsync(System.Net.Http.HttpContent form) => Task.FromResult("video_123");
            }
            """.ReplaceLineEndings("\r\n"),
            """
            using System.Threading.Tasks;

            class App
            {
                async Task<string> Run(Studio studio, bool withPrompt)
                {
                    using (var form = new System.Net.Http.MultipartFormDataContent())
                    {
                        form.Add(new System.Net.Http.StringContent("10"), "seconds"); // ten seconds
                        form.Add(new System.Net.Http.StringContent("sora-2-pro"), "model");
                        if (withPrompt)
                        {
                            form.Add(new System.Net.Http.StringContent("A red fox"), "prompt");
                        }

                        return await studio.CreateVideoAsync(form);
                    }
                }
            }

            class Studio
            {
                public Task<string> CreateVideoAsync(System.Net.Http.HttpContent form) => Task.FromResult("video_123");
            }
            """.ReplaceLineEndings("\r\n"),
            FixKeys.SwitchModelForSeconds, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task AFormWithoutAModelIsOfferedTheModelThatSupportsItsDuration()
    {
        string source = Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("10"), "seconds");
                    await studio.CreateVideoAsync(form);
                }
            }
            """ + Studio;

        var offer = Assert.Single(await OfferedFixes.ForAsync(source, Verify.ListingTestClients));

        Assert.Equal("SORA001", offer.DiagnosticId);
        Assert.Equal(new[] { "Use 8 seconds", "Use 12 seconds", "Switch model to 'sora-2-pro'" }, offer.Titles);
        Assert.Equal(new[] { FixKeys.UseNearestSeconds, FixKeys.UseNearestSeconds + ".2", FixKeys.SwitchModelForSeconds }, offer.Keys);
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task FixAllFixesEveryForm()
        => Verify.FixAsync(
            Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    var teaser = new MultipartFormDataContent();
                    teaser.Add(new StringContent("sora-2"), "model");
                    teaser.Add(new StringContent({|SORA001:"10"|}), "seconds");

                    var trailer = new MultipartFormDataContent();
                    trailer.Add(new StringContent({|SORA001:"6"|}), "seconds");
                    trailer.Add(new StringContent("1280x720"), "size");

                    await studio.CreateVideoAsync(teaser);
                    await studio.CreateVideoAsync(trailer);
                }
            }
            """ + Studio,
            Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    var teaser = new MultipartFormDataContent();
                    teaser.Add(new StringContent("sora-2"), "model");
                    teaser.Add(new StringContent("8"), "seconds");

                    var trailer = new MultipartFormDataContent();
                    trailer.Add(new StringContent("4"), "seconds");
                    trailer.Add(new StringContent("1280x720"), "size");

                    await studio.CreateVideoAsync(teaser);
                    await studio.CreateVideoAsync(trailer);
                }
            }
            """ + Studio,
            FixKeys.UseNearestSeconds, Verify.ListingTestClients);
}
