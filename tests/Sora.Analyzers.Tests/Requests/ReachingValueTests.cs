using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Requests;

/// <summary>
/// docs/design.md, "Locals": a local's value at a read is the set of constants whose writes reach the read on some path
/// of the compiler's control-flow graph. A later write kills an earlier one, a write after the read does not count, a
/// loop carries its last value round; a local written in a lambda or local function, by <c>ref</c>/<c>out</c>, or by a
/// compound assignment is unknown. A value written elsewhere than the read is reported, and fixed, where it is written.
/// </summary>
public class ReachingValueTests
{
    private static string InRun(string parameters, string statements) => """
        class App
        {
            void Run(PARAMETERS)
            {
        STATEMENTS
            }

            static void Touch(ref string value) { }
            static void Set(out string value) => value = "4";
        }
        """.Replace("PARAMETERS", parameters).Replace("STATEMENTS", statements) + VideoApi.Declarations;

    [Fact]
    public Task ALaterWriteKillsAnEarlierOne()
        => Verify.AnalyzerAsync(InRun("string userSeconds", """
                    var a = "9";
                    a = userSeconds;
                    VideoClient.CreateVideo("a fox", "sora-2", a);

                    var changes = "9";
                    changes = userSeconds;
                    VideoClient.CreateVideo("a fox", "sora-2", changes);

                    var replaced = "10";
                    replaced = "8";
                    VideoClient.CreateVideo("a fox", "sora-2", replaced);
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AWriteAfterTheReadDoesNotCount()
        => Verify.AnalyzerAsync(InRun(string.Empty, """
                    var b = {|SORA001:"9"|};
                    VideoClient.CreateVideo("a fox", "sora-2", b);
                    b = "15";
                    VideoClient.CreateVideo("a fox", "sora-2-pro", b);

                    var later = "8";
                    VideoClient.CreateVideo("a fox", "sora-2", later);
                    later = "20";
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task BothBranchesOverwritingKillTheInitializer()
        => Verify.AnalyzerAsync(InRun("bool longer", """
                    var seconds = "9";
                    if (longer)
                    {
                        seconds = "12";
                    }
                    else
                    {
                        seconds = {|SORA001:"10"|};
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", seconds);

                    var oneBranch = {|SORA001:"20"|};
                    if (longer)
                    {
                        oneBranch = "12";
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", oneBranch);
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALoopCarriesItsLastValueRound()
        => Verify.AnalyzerAsync(InRun("string[] prompts", """
                    var seconds = "4";
                    foreach (string prompt in prompts)
                    {
                        VideoClient.CreateVideo(prompt, "sora-2", seconds);
                        seconds = {|SORA001:"10"|};
                    }

                    var fine = "4";
                    for (int i = 0; i < prompts.Length; i++)
                    {
                        fine = "10";
                        fine = "8";
                        VideoClient.CreateVideo(prompts[i], "sora-2", fine);
                    }
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALoopThatMayNotRunLeavesTheValueBeforeIt()
        => Verify.AnalyzerAsync(InRun("string[] prompts", """
                    var seconds = {|SORA001:"10"|};
                    foreach (string prompt in prompts)
                    {
                        seconds = "8";
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", seconds);

                    var counted = {|SORA001:"20"|};
                    int i = 0;
                    while (i < prompts.Length)
                    {
                        counted = "12";
                        i++;
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", counted);
            """));

    /// <summary>A lambda or local function may run after any write: a local written more than once and read there is unknown.</summary>
    [Fact]
    public Task ALocalWrittenTwiceAndReadInALambdaIsUnknown()
        => Verify.AnalyzerAsync(InRun("bool longer", """
                    var seconds = "10";
                    System.Action run = () => VideoClient.CreateVideo("a fox", "sora-2", seconds);
                    seconds = "8";
                    void Later() => VideoClient.CreateVideo("a fox", "sora-2", seconds);
                    run();
                    Later();
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task AWriteThatMayBeSkippedByAnExceptionStillReaches()
        => Verify.AnalyzerAsync(InRun("string[] prompts", """
                    var seconds = {|SORA001:"10"|};
                    try
                    {
                        seconds = prompts[0];
                    }
                    catch (System.IndexOutOfRangeException)
                    {
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", seconds);

                    var inFinally = "10";
                    try
                    {
                        System.Console.WriteLine(prompts[0]);
                    }
                    finally
                    {
                        inFinally = "8";
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", inFinally);
            """));

    public static TheoryData<string, string> UnknownWrites => new()
    {
        { "a lambda", "System.Action change = () => seconds = \"8\";" },
        { "a local function", "void Change() => seconds = \"8\";" },
        { "ref", "Touch(ref seconds);" },
        { "out", "Set(out seconds);" },
        { "compound assignment", "seconds += \"0\";" },
        { "deconstruction", "(seconds, other) = (\"8\", \"x\");" },
    };

    [Theory]
    [MemberData(nameof(UnknownWrites))]
    public Task ALocalWithAWriteThatGivesNoValueIsUnknown(string form, string write)
    {
        _ = form;
        return Verify.AnalyzerAsync(InRun(string.Empty, """
                    var seconds = "10";
                    var other = "";
                    WRITE
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """.Replace("WRITE", write)));
    }

    /// <summary><c>??=</c> writes only where the local is null: its value joins the ones that reach it, and kills none.</summary>
    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ANullCoalescingAssignmentAddsItsValue()
        => Verify.AnalyzerAsync(InRun("string? configured", """
                    string? seconds = configured;
                    seconds ??= {|SORA001:"10"|};
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);

                    string? fallback = {|SORA001:"20"|};
                    fallback ??= "8";
                    VideoClient.CreateVideo("a fox", "sora-2", fallback);
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task EachValueReachingSeveralReadsIsReportedOnce()
        => Verify.AnalyzerAsync(InRun("bool longer", """
                    var seconds = "4";
                    if (longer)
                    {
                        seconds = {|SORA001:"10"|};
                    }

                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
                    VideoClient.CreateVideo("a cat", "sora-2", seconds);
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ASwitchArmReachedThroughALocalIsFixedOnTheArm()
        => Verify.FixAsync(InRun("string quality", """
                    var seconds = quality switch { "high" => "12", "draft" => {|SORA001:"10"|}, _ => "4" };
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """), InRun("string quality", """
                    var seconds = quality switch { "high" => "12", "draft" => "8", _ => "4" };
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """),
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ABranchValueReachingTheReadIsFixedWhereItIsWritten()
        => Verify.FixAsync(InRun("bool longer", """
                    string seconds;
                    if (longer) seconds = {|SORA001:"10"|}; else seconds = "4";
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """), InRun("bool longer", """
                    string seconds;
                    if (longer) seconds = "8"; else seconds = "4";
                    VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """),
            FixKeys.UseNearestSeconds);

    [Fact]
    [Trait("Rule", "SORA001")]
    public Task ALocalDeclaredInALambdaIsFollowedInIt()
        => Verify.AnalyzerAsync(InRun("bool longer", """
                    System.Action run = () =>
                    {
                        var seconds = "4";
                        if (longer) seconds = {|SORA001:"10"|};
                        VideoClient.CreateVideo("a fox", "sora-2", seconds);
                        seconds = "20";
                    };
            """));

    [Fact]
    [Trait("Rule", "SORA001")]
    public async Task ASwitchStatementWithGotoInTopLevelCodeIsFollowed()
    {
        string source = """
            string seconds = "4";
            switch (args.Length)
            {
                case 0:
                    seconds = "10";
                    goto case 2;
                case 1:
                    seconds = "20";
                    break;
                case 2:
                    break;
                default:
                    seconds = "8";
                    break;
            }

            if (args.Length == 1)
            {
                seconds = "12";
            }

            VideoClient.CreateVideo("a fox", "sora-2", seconds);
            """ + VideoApi.Declarations;
        Microsoft.CodeAnalysis.Compilation compilation = Sora.Analyzers.Tests.Robustness.AnalyzerRun.CreateCompilation(
            new[] { new Sora.Analyzers.Tests.Robustness.SourceFile("/Program.cs", source) }, Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

        Sora.Analyzers.Tests.Robustness.AnalyzerRun.Result result = await Sora.Analyzers.Tests.Robustness.AnalyzerRun.AnalyzeAsync(compilation);

        // Reaching definitions follow every path, not the conditions: "20" reaches where args.Length == 1 is false.
        Assert.Empty(result.Exceptions);
        Assert.Equal(
            new[] { ("SORA001", source.IndexOf("\"10\"", StringComparison.Ordinal)), ("SORA001", source.IndexOf("\"20\"", StringComparison.Ordinal)) },
            Sora.Analyzers.Tests.Robustness.AnalyzerRun.InSourceOrder(result.Diagnostics).Select(d => (d.Id, d.Location.SourceSpan.Start)));
    }
}
