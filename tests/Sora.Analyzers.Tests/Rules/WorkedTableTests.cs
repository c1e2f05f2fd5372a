using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// The worked table: for each request, the diagnostic and the whole list of fixes the light bulb offers, in
/// order (the first one is what Fix All applies). docs/rules/SORA001.md and SORA003.md show the same menus.
/// </summary>
public class WorkedTableTests
{
    public static TheoryData<string, string, string?, string, string[]> Apiyi => new()
    {
        // model, seconds, size, diagnostic, fixes offered
        { "sora-2", "10", null, "SORA001", ["Use 8 seconds", "Use 12 seconds", "Switch model to 'sora-2-pro'"] },
        { "sora-2", "5", null, "SORA001", ["Use 4 seconds"] },
        { "sora-2", "6", null, "SORA001", ["Use 4 seconds", "Use 8 seconds"] },
        { "sora-2", "15", null, "SORA001", ["Use 12 seconds", "Switch model to 'sora-2-pro'"] },
        { "sora-2", "20", null, "SORA001", ["Use 12 seconds"] },
        { "sora-2", "30", null, "SORA001", ["Use 12 seconds"] },
        { "sora-2-pro", "5", null, "SORA001", ["Use 10 seconds"] },
        { "sora-2-pro", "6", null, "SORA001", ["Use 10 seconds"] },
        { "sora-2-pro", "20", null, "SORA001", ["Use 15 seconds", "Use 25 seconds"] },
        { "sora-2-pro", "30", null, "SORA001", ["Use 25 seconds"] },
        { "sora-2-pro", "12", null, "SORA001", ["Use 10 seconds", "Switch model to 'sora-2'"] },
        { "sora-2", "8", "1792x1024", "SORA003", ["Use size '1280x720'"] },
        { "sora2", "8", null, "SORA002", ["Change model to 'sora-2'"] },
        { "Sora-2", "8", null, "SORA002", ["Change model to 'sora-2'"] },
        { "sora-2pro", "10", null, "SORA002", ["Change model to 'sora-2-pro'"] },
    };

    /// <summary>The same requests against OpenAI's table: every model takes 4, 8 and 12 seconds, so no model switch helps a duration.</summary>
    public static TheoryData<string, string, string?, string, string[]> OpenAI => new()
    {
        { "sora-2", "10", null, "SORA001", ["Use 8 seconds", "Use 12 seconds"] },
        { "sora-2", "5", null, "SORA001", ["Use 4 seconds"] },
        { "sora-2", "6", null, "SORA001", ["Use 4 seconds", "Use 8 seconds"] },
        { "sora-2", "15", null, "SORA001", ["Use 12 seconds"] },
        { "sora-2", "20", null, "SORA001", ["Use 12 seconds"] },
        { "sora-2-pro", "5", null, "SORA001", ["Use 4 seconds"] },
        { "sora-2-pro", "10", null, "SORA001", ["Use 8 seconds", "Use 12 seconds"] },
        { "sora-2-pro", "20", null, "SORA001", ["Use 12 seconds"] },
        { "sora-2-pro", "25", null, "SORA001", ["Use 12 seconds"] },
        // sora-2-pro renders these sizes, but it was removed too: no switch is offered.
        { "sora-2", "8", "1792x1024", "SORA003", ["Use size '1280x720'"] },
        { "sora-2", "8", "1024x1792", "SORA003", ["Use size '720x1280'"] },
        { "sora2", "8", null, "SORA002", ["Change model to 'sora-2'"] },
        { "Sora-2", "8", null, "SORA002", ["Change model to 'sora-2'"] },
        { "sora-2pro", "8", null, "SORA002", ["Change model to 'sora-2-pro'"] },
    };

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    [MemberData(nameof(Apiyi))]
    public Task ApiyiTable(string model, string seconds, string? size, string diagnostic, string[] fixes)
        => AssertOffers(model, seconds, size, diagnostic, fixes, editorConfig: null);

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA002")]
    [Trait("Rule", "SORA003")]
    [MemberData(nameof(OpenAI))]
    public Task OpenAITable(string model, string seconds, string? size, string diagnostic, string[] fixes)
        => AssertOffers(model, seconds, size, diagnostic, fixes, "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\ndotnet_diagnostic.SORA007.severity = none\n");

    private static async Task AssertOffers(string model, string seconds, string? size, string diagnostic, string[] fixes, string? editorConfig)
    {
        string sizeArgument = size == null ? string.Empty : $", size: \"{size}\"";
        string source = $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", model: "{{model}}", seconds: "{{seconds}}"{{sizeArgument}});
            }
            """ + VideoApi.Declarations;

        var offers = (await OfferedFixes.ForAsync(source, editorConfig)).Where(o => o.DiagnosticId != "SORA004").ToList();

        var offer = Assert.Single(offers);
        Assert.Equal(diagnostic, offer.DiagnosticId);
        Assert.Equal(fixes, offer.Titles);
    }
}
