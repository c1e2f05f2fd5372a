using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>docs/design.md, "Fixes": nothing but the value changes; comments, line breaks and indentation around it stay.</summary>
[Trait("Rule", "SORA001")]
public class FormattingTests
{
    [Fact]
    public Task CommentBeforeTheValueStays()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", seconds: /* why */ {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", seconds: /* why */ "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task CommentAfterTheValueStays()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|} /* why */, size: "1280x720");
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8" /* why */, size: "1280x720");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task ArgumentsSplitOverLinesStaySplit()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo(
                        prompt: "a fox",
                        model:   "sora-2",      // the cheap one
                        seconds: {|SORA001:"10"|},      // long enough for the loop
                        size:    "1280x720");
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo(
                        prompt: "a fox",
                        model:   "sora-2",      // the cheap one
                        seconds: "8",      // long enough for the loop
                        size:    "1280x720");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task SwitchingModelKeepsTheLayoutToo()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo(
                        "a fox",
                        /* model */ "sora-2",
                        {|SORA001:"10"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    VideoClient.CreateVideo(
                        "a fox",
                        /* model */ "sora-2-pro",
                        "10");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSeconds);
}
