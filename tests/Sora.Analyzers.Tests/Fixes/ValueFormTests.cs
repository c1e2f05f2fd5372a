using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/design.md, "Fixes": a fix keeps the form the value is written in. A literal keeps its kind (string, verbatim, raw,
/// numeric suffix, fraction); anything else that is a constant (a <c>const</c>, a constant expression, a local
/// assigned once) is replaced by a literal of the same type at the use site, and its declaration stays.
/// </summary>
[Trait("Rule", "SORA001")]
public class ValueFormTests
{
    [Fact]
    public Task StringStaysAString()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task IntegerStaysAnInteger()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:10|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 8);
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task NumericSuffixIsKept()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideoLong("a fox", "sora-2", {|SORA001:10L|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideoLong("a fox", "sora-2", 8L);
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task FractionIsKept()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", {|SORA001:10.0|});
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            """
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", 8.0);
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Theory]
    [InlineData("10.0", "8.0")]
    [InlineData("10d", "8d")]
    [InlineData("10D", "8D")]
    [InlineData("10f", "8f")]
    [InlineData("10.0f", "8.0f")]
    [InlineData("1e1", "8.0")]
    [InlineData("1_0", "8")]
    [InlineData("0xA", "8")]
    public Task NumericLiteralKeepsItsSuffixAndFraction(string written, string fixedValue)
        => Verify.FixAsync(
            $$"""
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", {|SORA001:{{written}}|});
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            $$"""
            class App
            {
                void Run() => Timeline.CreateVideo("a fox", "sora-2", {{fixedValue}});
            }

            static class Timeline
            {
                public static void CreateVideo(string prompt, string model, double seconds) { }
            }
            """,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task VerbatimStringStaysVerbatim()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:@"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", @"8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task RawStringStaysRaw()
        => Verify.FixAsync(
            """"
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"""10"""|});
            }
            """" + VideoApi.Declarations,
            """"
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", """8""");
            }
            """" + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task NegativeNumberBecomesTheNearestDuration()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:-4|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 4);
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task ConstantReferenceIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            static class Durations
            {
                public const int Ten = 10;
            }

            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", {|SORA001:Durations.Ten|});
            }
            """ + VideoApi.Declarations,
            """
            static class Durations
            {
                public const int Ten = 10;
            }

            class App
            {
                void Run() => VideoClient.CreateVideoWithNumbers("a fox", "sora-2", 8);
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task ConstantOfAnotherNumericTypeGetsTheLiteralOfThatType()
        => Verify.FixAsync(
            """
            static class Durations
            {
                public const long Ten = 10;
            }

            class App
            {
                void Run() => VideoClient.CreateVideoLong("a fox", "sora-2", {|SORA001:Durations.Ten|});
            }
            """ + VideoApi.Declarations,
            """
            static class Durations
            {
                public const long Ten = 10;
            }

            class App
            {
                void Run() => VideoClient.CreateVideoLong("a fox", "sora-2", 8L);
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task ConstantConcatenationBecomesAStringLiteral()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    const string seconds = "1" + "0";
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:seconds|});
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"1" + "5"|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    const string seconds = "1" + "0";
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                    VideoClient.CreateVideo("a fox", "sora-2", "12");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task ConstantInterpolationBecomesAStringLiteral()
        => Verify.FixAsync(
            """
            static class Durations
            {
                public const string Ten = "10";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:$"{Durations.Ten}"|});
            }
            """ + VideoApi.Declarations,
            """
            static class Durations
            {
                public const string Ten = "10";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task LocalAssignedOnceIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    var seconds = "10";
                    VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:seconds|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    var seconds = "10";
                    VideoClient.CreateVideo("a fox", "sora-2", "8");
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);

    [Fact]
    public Task NumericLocalAssignedOnceKeepsItsType()
        => Verify.FixAsync(
            """
            class App
            {
                void Run()
                {
                    long seconds = 10;
                    VideoClient.CreateVideoLong("a fox", "sora-2", {|SORA001:seconds|});
                }
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run()
                {
                    long seconds = 10;
                    VideoClient.CreateVideoLong("a fox", "sora-2", 8L);
                }
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds);
}
