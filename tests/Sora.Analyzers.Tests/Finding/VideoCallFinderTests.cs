using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Finding;

/// <summary>docs/rules/README.md, "Where requests are found": which calls are video requests, and which values of them count.</summary>
public class VideoCallFinderTests
{
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NamedArgumentsInAnyOrder()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run() => VideoClient.CreateVideo(seconds: {|SORA001:"10"|}, prompt: "a fox", model: "sora-2");
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task PositionalArguments()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|}, {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NumericSeconds()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:10|});
                    VideoClient.CreateVideoLong("a fox", "sora-2", {|SORA001:10L|});
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 8);
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task ConstantsConcatenationAndInterpolation()
        => Verify.AnalyzerAsync("""
            static class Durations { public const int Ten = 10; public const string Family = "sora"; }

            class App
            {
                const string Model = Durations.Family + "-2";
                void Run()
                {
                    const string seconds = "1" + "0";
                    VideoClient.CreateVideo("a fox", Model, {|SORA001:seconds|});
                    VideoClient.CreateVideoWithNumbers("a fox", $"{Durations.Family}-2", {|SORA001:Durations.Ten|});
                    VideoClient.CreateVideo("a fox", {|SORA002:$"{Durations.Family}2"|});
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task LocalAssignedOnceFromAConstantCounts()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    var seconds = "10";
                    string model;
                    model = "sora-2";
                    VideoClient.CreateVideo("a fox", model, {|SORA001:seconds|});
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALocalWrittenAgainIsEachOfItsValuesUnlessWrittenInAnotherWay()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run(bool longer, ref string other)
                {
                    var seconds = {|SORA001:"10"|};
                    if (longer) seconds = "12";
                    var incremented = 10;
                    incremented++;
                    var passedByRef = "10";
                    Touch(ref passedByRef);
                    var (a, b) = ("10", "sora-2");
                    string deconstructed = "10";
                    (deconstructed, other) = ("12", "x");
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", incremented);
                    VideoClient.CreateVideo("a fox", "sora-2", passedByRef);
                    VideoClient.CreateVideo("a fox", "sora-2", deconstructed);
                }

                static void Touch(ref string value) { }
            }
            """ + VideoApi.Declarations);

    [Fact]
    public Task NonConstantValuesAreNotReported()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run(string model, string seconds, int count)
                {
                    VideoClient.CreateVideo("a fox", model, "10");
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", count * 5);
                    VideoClient.CreateVideo("a fox", "sora-2", System.Environment.GetEnvironmentVariable("SECONDS"));
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    public Task ParameterDefaultCountsWhenTheCallOmitsIt()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    Studio.{|SORA001:GenerateVideoAsync|}("a fox");
                    Studio.GenerateVideoAsync("a fox", seconds: 8);
                    Studio.{|SORA002:RenderVideo|}("a fox");
                }
            }

            static class Studio
            {
                public static System.Threading.Tasks.Task GenerateVideoAsync(string prompt, string model = "sora-2", int seconds = 10) => System.Threading.Tasks.Task.CompletedTask;
                public static void RenderVideo(string prompt, string model = "sora2") { }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task MissingModelMeansSora2()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run() => Jobs.SubmitVideoJob({|SORA001:15|}, {|SORA003:"1792x1024"|});
            }

            static class Jobs
            {
                public static void SubmitVideoJob(int seconds, string size) { }
            }
            """, Verify.ListingTestClients);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ConstructorsOfVideoTypes()
        => Verify.AnalyzerAsync("""
            class App
            {
                object Build() => new VideoJob("sora-2", {|SORA001:10|});
                VideoJob Target() => new("sora-2", {|SORA001:20|});
            }

            class VideoJob
            {
                public VideoJob(string model, int seconds) { }
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ParameterNamesMatchCaseInsensitively()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run() => Api.CreateVideoAsync(Model: "sora-2", SECONDS: {|SORA001:"10"|});
            }

            static class Api
            {
                public static void CreateVideoAsync(string Model, string SECONDS) { }
            }
            """);

    [Fact]
    public Task MethodsWithoutVideoInTheNameOrWithoutTheParametersAreIgnored()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    Chat.Complete(model: "gpt-4o", seconds: 10);
                    Media.CreateVideo(prompt: "a fox", durationSeconds: 10);
                }
            }

            static class Chat { public static void Complete(string model, int seconds) { } }
            static class Media { public static void CreateVideo(string prompt, int durationSeconds) { } }
            """);

    [Fact]
    public Task ValuesOfTheWrongTypeAreIgnored()
        => Verify.AnalyzerAsync("""
            enum Seconds { Ten = 10 }

            class App
            {
                void Run() => Api.CreateVideo("sora-2", Seconds.Ten, 'x');
            }

            static class Api { public static void CreateVideo(string model, Seconds seconds, char size) { } }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public Task UnparseableValuesAreReportedByTheSameRule()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"ten"|});
                    VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:-4|});
                    VideoClient.CreateVideo("a fox", "sora-2", size: {|SORA003:"1280*720"|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"08"|});
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    public Task ValidRequestsAreSilent()
        => Verify.AnalyzerAsync("""
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo("a fox", "sora-2", "8", "1280x720");
                    VideoClient.CreateVideo("a fox", "sora-2-pro", "25", "1792x1024");
                    VideoClient.CreateVideo("a fox", "sora-2-2025-10-06", "12", "720x1280");
                    VideoClient.CreateVideo("a fox");
                    VideoClient.CreateVideo("a fox", null, null);
                }
            }
            """ + VideoApi.Declarations);

    [Fact]
    public Task GeneratedCodeIsNotAnalyzed()
        => Verify.AnalyzerAsync("""
            // <auto-generated/>
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "10");
            }
            """ + VideoApi.Declarations);

    [Theory]
    [InlineData("VideoClient.CreateVideo(\"a fox\", \"sora-2\", ")]
    [InlineData("VideoClient.CreateVideo(\"a fox\", model: , seconds: \"10\")")]
    [InlineData("VideoClient.CreateVideo(seconds: \"10\", seconds: \"12\")")]
    [InlineData("VideoClient.CreateVideo(\"a fox\", \"sora-2\", \"10)")]
    [InlineData("VideoClient.CreateVideo(\"a fox\", \"sora-2\", seconds)")]
    [InlineData("VideoClient.CreateVideo(\"a fox\", \"sora-2\", \"8\", \"1280x720\", \"extra\")")]
    [InlineData("new VideoClient(\"sora-2\", 10)")]
    [InlineData("VideoClient.CreateVideo(\"a fox\", $\"{")]
    public Task HalfTypedCallsAreSilentAndDoNotCrash(string statement)
        => Verify.AnalyzerOnBrokenCodeAsync($$"""
            class App
            {
                void Run()
                {
                    {{statement}}
                }
            }
            """ + VideoApi.Declarations);
}
