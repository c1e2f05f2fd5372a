using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// The same fixes against OpenAI's table (<c>sora_analyzers.rule_table = openai</c>): every model takes 4, 8 and
/// 12 seconds, and only <c>sora-2-pro</c> takes the large sizes. Every model of that table was removed, so each
/// named model also carries SORA007, before and after the fix, and no fix switches to another removed model.
/// </summary>
public class OpenAITableFixTests
{
    private const string OpenAI = "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n";

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA007")]
    public Task SecondsTheProModelTakesOnlyFromTheRelayTable()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2-pro"|}, {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2-pro"|}, "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds,
            OpenAI);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA007")]
    public Task TieUsesTheLongerDurationWithTheSecondAction()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "12");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSeconds + ".2",
            OpenAI);

    [Fact]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA007")]
    public Task PortraitSizeOfTheSmallerModel()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8", {|SORA003:"1024x1792"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8", "720x1280");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseNearestSize,
            OpenAI);

    [Fact]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA007")]
    public Task NoFixSwitchesToAnotherRemovedModel()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8", {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8", {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations,
            FixKeys.SwitchModelForSize,
            OpenAI);

    [Fact]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA007")]
    public Task MisspeltModelIsNotRemovedUntilFixed()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA002:"sora2"|}, "8");
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA007:"sora-2"|}, "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseClosestModel,
            OpenAI);
}
