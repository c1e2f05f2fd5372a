using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>
/// docs/rules/README.md, "Where requests are found": the <c>form.Add(new StringContent(value), "field")</c> calls on one <c>MultipartFormDataContent</c> local
/// of one method body are one request, in whatever order they come.
/// </summary>
public class MultipartFormFinderTests
{
    private const string Usings = """
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;

        """;

    /// <summary>An application's own client: its method name says "Video", so a form passed to it is a video request.</summary>
    private const string Studio = """

        class Studio
        {
            public Task<string> CreateVideoAsync(HttpContent form) => Task.FromResult("video_123");
        }
        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task FieldsInAnyOrderFormOneRequest()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("A red fox runs through snow"), "prompt");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    form.Add(new StringContent({|SORA003:"1792x1024"|}), "size");
                    form.Add(new StringContent({|SORA007:"sora-2"|}), "model");
                    await http.PostAsync("https://api.openai.com/v1/videos", form);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NamedArguments()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(name: "seconds", content: new StringContent({|SORA001:"10"|}));
                    form.Add(content: new StringContent("sora-2"), name: "model");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task UsingDeclarationsAndUsingStatements()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Declaration()
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2-pro"), "model");
                    form.Add(new StringContent({|SORA001:"12"|}), "seconds");
                }

                void Statement()
                {
                    using (var form = new MultipartFormDataContent())
                    {
                        form.Add(new StringContent("sora-2"), "model");
                        form.Add(new StringContent({|SORA003:"1024x1792"|}), "size");
                    }
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task ConstantsAndSingleAssignmentLocals()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                const string Model = "sora-2";
                const string SecondsField = "seconds";
                const string Ten = "10";

                void Run()
                {
                    const string size = "1792x1024";
                    var model = Model;
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent(model), "model");
                    form.Add(new StringContent({|SORA001:Ten|}), SecondsField);
                    form.Add(new StringContent({|SORA003:size|}), "size");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task StringContentWithEncodingOrMediaTypeAndTheFileNameOverload()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run(byte[] reference)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2", Encoding.UTF8), "model");
                    form.Add(new StringContent({|SORA001:"10"|}, Encoding.UTF8, "text/plain"), "seconds");
                    form.Add(new StringContent({|SORA003:"1792x1024"|}), "size", "size.txt");
                    form.Add(new ByteArrayContent(reference), "input_reference", "reference.png");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task WrongValues()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Typo()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent({|SORA002:"sora2"|}), "model");
                    form.Add(new StringContent("8"), "seconds");
                }

                void ProDuration()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2-pro"), "model");
                    form.Add(new StringContent({|SORA001:"12"|}), "seconds");
                    form.Add(new StringContent({|SORA003:"1280*720"|}), "size");
                }

                void Unparseable()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"ten"|}), "seconds");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AFormWithoutAModelIsARequestWhenItReachesAVideoCall()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(Studio studio)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("A red fox runs through snow"), "prompt");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    await studio.CreateVideoAsync(form);
                }
            }
            """ + Studio, Verify.ListingTestClients);

    [Fact]
    public Task AFormWithoutAModelPostedByHttpClientOrNotSentStaysSilent()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                MultipartFormDataContent NotSent()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("10"), "seconds");
                    form.Add(new StringContent("1792x1024"), "size");
                    return form;
                }

                // PostAsync is not a video call by name: without a video model the form could be anything.
                async Task Run(HttpClient http, byte[] photo)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new ByteArrayContent(photo), "file", "photo.jpg");
                    form.Add(new StringContent("10"), "seconds");
                    form.Add(new StringContent("large"), "size");
                    await http.PostAsync("https://example.com/upload", form);
                }
            }
            """);

    [Fact]
    public Task AFormForAnotherModelStaysSilent()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("gpt-4o"), "model");
                    form.Add(new StringContent("10"), "seconds");
                    form.Add(new StringContent("1792x1024"), "size");
                }
            }
            """);

    [Fact]
    public Task NonConstantValuesAndFieldNamesStaySilent()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void ComputedValues(string seconds, string model)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent(seconds), "seconds");
                }

                void ComputedModel(string model)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent(model), "model");
                    form.Add(new StringContent("10"), "seconds");
                }

                void ComputedFieldName(string field)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("10"), field);
                }

                void WrongCaseFieldName()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    // Not read as seconds (the API reads field names as written), so no SORA001: an unknown field.
                    form.Add(new StringContent("10"), {|SORA006:"Seconds"|});
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TwoFormsInOneMethodAreTwoRequests()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run()
                {
                    var draft = new MultipartFormDataContent();
                    var final = new MultipartFormDataContent();
                    draft.Add(new StringContent("sora-2"), "model");
                    final.Add(new StringContent("sora-2-pro"), "model");
                    draft.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    final.Add(new StringContent({|SORA001:"12"|}), "seconds");
                }
            }
            """);

    [Fact]
    public Task FormsThatAreNotLocalsOrNotBuiltHereAreIgnored()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                private readonly MultipartFormDataContent _form = new MultipartFormDataContent();

                void Field()
                {
                    _form.Add(new StringContent("sora-2"), "model");
                    _form.Add(new StringContent("10"), "seconds");
                }

                void Parameter(MultipartFormDataContent form)
                {
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("10"), "seconds");
                }

                void FromAFactory()
                {
                    var form = Create();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("10"), "seconds");
                }

                void Reassigned()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form = new MultipartFormDataContent();
                    form.Add(new StringContent("10"), "seconds");
                }

                static MultipartFormDataContent Create() => new MultipartFormDataContent();
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task CollectionInitializerFieldsJoinTheForm()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent { { new StringContent("sora-2"), "model" } };
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                }

                void Typo()
                {
                    var form = new MultipartFormDataContent { { new StringContent({|SORA002:"sora2"|}), "model" } };
                    form.Add(new StringContent("8"), "seconds");
                }
            }
            """);

    [Fact]
    public Task HalfTypedCodeDoesNotThrow()
        => Verify.AnalyzerOnBrokenCodeAsync(Usings + """
            class App
            {
                void Run()
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("10
                    form.Add(new StringContent("10"), );
                    form.Add(
                }
            }
            """);
}
