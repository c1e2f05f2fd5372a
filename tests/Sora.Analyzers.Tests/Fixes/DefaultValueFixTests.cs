using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// A parameter's default value is part of every call that omits it, so it is reported at the call (on the
/// method's or type's name). The fix does not touch the shared default: it passes the right value as a named
/// argument at that call.
/// </summary>
public class DefaultValueFixTests
{
    private const string Studio = """

        static class Studio
        {
            public static void GenerateVideo(string prompt, string model = "sora-2", int seconds = 10) { }
            public static void RenderVideo(string model = "sora2", string size = "1792x1024") { }
        }
        """;

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task DefaultSecondsBecomesANamedArgument()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Studio.{|SORA001:GenerateVideo|}("a fox");
            }
            """ + Studio,
            """
            class App
            {
                void Run() => Studio.GenerateVideo("a fox", seconds: 8);
            }
            """ + Studio,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NamedArgumentGoesAfterTheOthers()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Studio.{|SORA001:GenerateVideo|}(model: "sora-2", prompt: "a fox");
            }
            """ + Studio,
            """
            class App
            {
                void Run() => Studio.GenerateVideo(model: "sora-2", prompt: "a fox", seconds: 8);
            }
            """ + Studio,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    public Task DefaultModelBecomesANamedArgumentInACallWithoutArguments()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Studio.{|SORA002:RenderVideo|}();
            }
            """ + Studio,
            """
            class App
            {
                void Run() => Studio.{|SORA003:RenderVideo|}(model: "sora-2");
            }
            """ + Studio,
            FixKeys.UseClosestModel);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task SwitchingADefaultModelAddsTheModelArgument()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Studio.{|SORA001:GenerateVideo|}("a fox");
            }
            """ + Studio,
            """
            class App
            {
                void Run() => Studio.GenerateVideo("a fox", model: "sora-2-pro");
            }
            """ + Studio,
            FixKeys.SwitchModelForSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ArgumentsOnTheirOwnLinesGetTheNewArgumentOnItsOwnLine()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    Studio.{|SORA001:GenerateVideo|}(
                        "a fox",
                        model: "sora-2");
                }
            }
            """ + Studio,
            """
            class App
            {
                void Run()
                {
                    Studio.GenerateVideo(
                        "a fox",
                        model: "sora-2",
                        seconds: 8);
                }
            }
            """ + Studio,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ClosingParenthesisOnItsOwnLineStaysThere()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    Studio.{|SORA001:GenerateVideo|}(
                        "a fox"
                    );
                }
            }
            """ + Studio,
            """
            class App
            {
                void Run()
                {
                    Studio.GenerateVideo(
                        "a fox",
                        seconds: 8
                    );
                }
            }
            """ + Studio,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ConstructorDefaultBecomesANamedArgument()
        => Verify.FixAsync(
            """
            class App
            {
                VideoJob Create() => new {|SORA001:VideoJob|}("a fox");
                VideoJob CreateTargetTyped() => {|SORA001:new|}("a fox");
            }
            """ + VideoJob,
            """
            class App
            {
                VideoJob Create() => new VideoJob("a fox", seconds: 8);
                VideoJob CreateTargetTyped() => new("a fox", seconds: 8);
            }
            """ + VideoJob,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ObjectCreationWithoutParenthesesGetsAnArgumentList()
        => Verify.FixAsync(
            """
            class App
            {
                VideoJob Create() => new {|SORA001:VideoJob|} { Prompt = "a fox" };
            }
            """ + VideoJob,
            """
            class App
            {
                VideoJob Create() => new VideoJob(seconds: 8) { Prompt = "a fox" };
            }
            """ + VideoJob,
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task NullableParameterDefault()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Clip.{|SORA001:CreateVideo|}("a fox");
            }

            static class Clip
            {
                public static void CreateVideo(string prompt, string model = "sora-2", int? seconds = 10) { }
            }
            """,
            """
            class App
            {
                void Run() => Clip.CreateVideo("a fox", seconds: 8);
            }

            static class Clip
            {
                public static void CreateVideo(string prompt, string model = "sora-2", int? seconds = 10) { }
            }
            """,
            FixKeys.UseNearestSeconds);

    private const string VideoJob = """

        class VideoJob
        {
            public VideoJob(string prompt = "", string model = "sora-2", int seconds = 10) { }
            public string Prompt { get; set; } = "";
        }
        """;
}
