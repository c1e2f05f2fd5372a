using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>
/// docs/configuration.md, "Options", and docs/design.md, "Precision": <c>sora_analyzers.video_methods</c> lists methods
/// that take only Sora requests, by simple name (<c>Submit</c>) or fully-qualified name (<c>MyCompany.Media.Renderer.Submit</c>).
/// A request to one is checked whatever its model: a model that is no Sora model is SORA002 there, and silent elsewhere.
/// </summary>
public class VideoMethodsOptionTests
{
    private const string Renderers = """

        namespace MyCompany.Media
        {
            public static class Renderer
            {
                public static void Submit(string prompt, string model = "sora-2", string? seconds = null, string? size = null) { }
                public static void Render(string prompt, string model, int seconds) { }
            }

            public sealed class RenderJob
            {
                public RenderJob(string model, string seconds) { }
            }
        }

        namespace Other.Media
        {
            public static class Renderer
            {
                public static void Submit(string prompt, string model = "sora-2", string? seconds = null, string? size = null) { }
            }
        }
        """;

    [Fact]
    public Task WithoutTheOptionAnotherProvidersModelIsNoSoraRequest()
        => Run("""
            using MyCompany.Media;

            class App
            {
                void Run()
                {
                    Renderer.Submit("a fox", "veo-3.1-generate-preview", "10");
                    Renderer.Render("a fox", "kling-v2-master", 10);
                }
            }
            """ + Renderers, videoMethods: null);

    [Fact]
    [Trait("Rule", "SORA002")]
    public Task ASimpleNameMakesEveryMethodOfThatNameAVideoCall()
        => Run("""
            class App
            {
                void Run()
                {
                    MyCompany.Media.Renderer.Submit("a fox", {|SORA002:"veo-3"|}, "10");
                    Other.Media.Renderer.Submit("a fox", {|SORA002:"veo-3"|}, "10");
                    MyCompany.Media.Renderer.Render("a fox", "veo-3", 10);
                }
            }
            """ + Renderers, videoMethods: "Submit");

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task AFullyQualifiedNameMakesOnlyThatMethodAVideoCall()
        => Run("""
            class App
            {
                void Run()
                {
                    MyCompany.Media.Renderer.Submit("a fox", "sora-2", {|SORA001:"10"|}, {|SORA003:"1792x1024"|});
                    MyCompany.Media.Renderer.Submit("a fox", {|SORA002:"veo-3.1-generate-preview"|});
                    Other.Media.Renderer.Submit("a fox", "veo-3.1-generate-preview", "10");
                }
            }
            """ + Renderers, videoMethods: "MyCompany.Media.Renderer.Submit");

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AParameterDefaultOfAListedMethodCounts()
        => Run("""
            class App
            {
                void Run() => MyCompany.Media.Renderer.Submit("a fox", seconds: {|SORA001:"10"|});
            }
            """ + Renderers, videoMethods: "MyCompany.Media.Renderer.Submit");

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SpacesAndEmptyEntriesAreIgnored()
        => Run("""
            using MyCompany.Media;

            class App
            {
                void Run()
                {
                    Renderer.Submit("a fox", "sora-2", {|SORA001:"10"|});
                    Renderer.Render("a fox", "sora-2", {|SORA001:10|});
                }
            }
            """ + Renderers, videoMethods: " , Render ,, MyCompany.Media.Renderer.Submit , ");

    [Fact]
    public Task NamesAreCaseSensitive()
        => Run("""
            class App
            {
                void Run() => MyCompany.Media.Renderer.Submit("a fox", "veo-3", "10");
            }
            """ + Renderers, videoMethods: "submit, mycompany.media.renderer.submit");

    [Theory]
    [Trait("Rule", "SORA001")]
    [InlineData("RenderJob")]
    [InlineData("MyCompany.Media.RenderJob")]
    public Task AConstructorIsListedByItsTypeName(string videoMethods)
        => Run("""
            class App
            {
                object Run() => new MyCompany.Media.RenderJob("sora-2", {|SORA001:"10"|});
            }
            """ + Renderers, videoMethods);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task APayloadReachingAListedMethodIsAVideoRequest()
        => Run("""
            class Studio
            {
                public void Submit(object body) { }
                public void Publish(object body) { }
            }

            class App
            {
                void Run(Studio studio)
                {
                    studio.Submit(new { prompt = "a fox", seconds = {|SORA001:"10"|} });
                    studio.Publish(new { prompt = "a fox", seconds = "10" });
                }
            }
            """, videoMethods: "Submit", ruleTable: "apiyi");

    /// <summary>A listed method that takes a whole body: the body is the request, reported once, not again on the call.</summary>
    [Fact]
    [Trait("Rule", "SORA007")]
    public Task APayloadHandedToAListedMethodIsReportedOnceNotAgainOnTheCall()
        => Run("""
            class Studio
            {
                public void Submit(object body) { }
            }

            class App
            {
                void Run(Studio studio) => studio.Submit(new { model = {|SORA007:"sora-2"|}, prompt = "a fox" });
            }
            """, videoMethods: "Submit", ruleTable: "openai");

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task TheGlobalConfigCanListMethods()
    {
        var test = new Verify.AnalyzerTest
        {
            TestCode = """
                class App
                {
                    void Run() => MyCompany.Media.Renderer.Submit("a fox", "sora-2", {|SORA001:"10"|});
                }
                """ + Renderers,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsora_analyzers.video_methods = MyCompany.Media.Renderer.Submit\n"));
        return test.RunAsync();
    }

    private static Task Run(string source, string? videoMethods, string? ruleTable = null)
        => Verify.AnalyzerAsync(source, videoMethods == null ? null : $"root = true\n[*.cs]\nsora_analyzers.video_methods = {videoMethods}\n" + (ruleTable == null ? string.Empty : $"sora_analyzers.rule_table = {ruleTable}\n"));
}
