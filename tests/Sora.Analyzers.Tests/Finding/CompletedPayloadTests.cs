using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>
/// docs/design.md, "What counts as a value": a dictionary, <c>JsonObject</c> or multipart form completed after its
/// creation is one request, each key's value being what reaches the point where the payload is handed on (sent,
/// returned, passed), by reaching definitions on the control-flow graph.
/// </summary>
public class CompletedPayloadTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;

        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALaterIndexerWriteBeforeTheSendReplacesTheValue()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    var body = new Dictionary<string, string> { ["model"] = "sora-2" };
                    body["seconds"] = "10";
                    body["seconds"] = "8";
                    await http.PostAsJsonAsync("v1/videos", body);

                    var json = new JsonObject { ["model"] = "sora-2" };
                    json["seconds"] = "8";
                    json["seconds"] = {|SORA001:"20"|};
                    await http.PostAsJsonAsync("v1/videos", json);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AWriteAfterTheSendDoesNotCount()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    var body = new Dictionary<string, string> { ["model"] = "sora-2" };
                    body["seconds"] = "8";
                    await http.PostAsJsonAsync("v1/videos", body);
                    body["seconds"] = "10";

                    var sent = new Dictionary<string, string> { ["model"] = "sora-2" };
                    sent["seconds"] = {|SORA001:"20"|};
                    await http.PostAsJsonAsync("v1/videos", sent);
                    sent["seconds"] = "8";
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AWriteInALoopOrABranchIsOneOfTheValues()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http, string[] prompts, bool longer)
                {
                    var body = new Dictionary<string, string> { ["model"] = "sora-2", ["seconds"] = "4" };
                    foreach (string prompt in prompts)
                    {
                        await http.PostAsJsonAsync("v1/videos", body);
                        body["seconds"] = {|SORA001:"10"|};
                    }

                    var branch = new Dictionary<string, string> { ["model"] = "sora-2", ["seconds"] = "4" };
                    if (longer)
                    {
                        branch["seconds"] = {|SORA001:"20"|};
                    }
                    else
                    {
                        branch["seconds"] = "8";
                    }

                    await http.PostAsJsonAsync("v1/videos", branch);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AFormsFieldsAddedAfterItIsSentDoNotCount()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    using var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    await http.PostAsync("v1/videos", form);
                    form.Add(new StringContent("9"), "size");
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALocalReadInAFormInitializerIsItsValue()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    var once = "6";
                    using var form = new MultipartFormDataContent
                    {
                        { new StringContent("sora-2"), "model" },
                        { new StringContent({|SORA001:once|}), "seconds" },
                    };
                    await http.PostAsync("v1/videos", form);
                }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AFormCreatedAgainIsAnotherForm()
        => Verify.AnalyzerAsync(Usings + """
            class App
            {
                async Task Run(HttpClient http)
                {
                    var form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent("8"), "seconds");
                    await http.PostAsync("v1/videos", form);
                    form = new MultipartFormDataContent();
                    form.Add(new StringContent("sora-2"), "model");
                    form.Add(new StringContent({|SORA001:"10"|}), "seconds");
                    await http.PostAsync("v1/videos", form);
                }
            }
            """);

    /// <summary>A user's own type named like the framework's is not a JSON body: types are compared as symbols.</summary>
    [Fact]
    public Task AUsersOwnDictionaryIsNoBody()
        => Verify.AnalyzerAsync(Usings + """
            namespace My
            {
                class Dictionary
                {
                    private readonly Dictionary<string, string> _entries = new Dictionary<string, string>();

                    public string this[string key] { get => _entries[key]; set => _entries[key] = value; }

                    public void Add(string key, string value) => _entries[key] = value;
                }

                class App
                {
                    void Run(HttpClient http)
                    {
                        var settings = new My.Dictionary();
                        settings["model"] = "sora-2";
                        settings["seconds"] = "10";
                        settings.Add("size", "1792x1024");
                        System.Console.WriteLine(settings);
                    }
                }
            }
            """);
}
