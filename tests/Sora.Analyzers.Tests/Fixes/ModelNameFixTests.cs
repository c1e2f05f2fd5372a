using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Fixes;

/// <summary>
/// docs/rules/SORA002.md, "Fixes": "Change model to 'M'" with the closest known name: first a name that differs only in case
/// and punctuation, then one a few edits away.
/// </summary>
[Trait("Rule", "SORA002")]
public class ModelNameFixTests
{
    public static TheoryData<string, string> Misspelt => new()
    {
        // written, closest known name
        { "sora2", "sora-2" },
        { "Sora-2", "sora-2" },
        { "SORA_2", "sora-2" },
        { "sora-2pro", "sora-2-pro" },
        { "Sora 2 Pro", "sora-2-pro" },
        { "sora-2-por", "sora-2-pro" },
        { "sora-2-2025-10-6", "sora-2-2025-10-06" },
    };

    [Theory]
    [MemberData(nameof(Misspelt))]
    public Task ChangesToTheClosestKnownName(string written, string closest)
        => Verify.FixAsync(
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA002:"{{written}}"|});
            }
            """ + VideoApi.Declarations,
            $$"""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "{{closest}}");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseClosestModel);

    [Fact]
    public Task ModelBuiltFromConstantsIsReplacedAtTheUseSite()
        => Verify.FixAsync(
            """
            static class Models
            {
                public const string Family = "sora";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA002:$"{Models.Family}2"|}, "8");
            }
            """ + VideoApi.Declarations,
            """
            static class Models
            {
                public const string Family = "sora";
            }

            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", "8");
            }
            """ + VideoApi.Declarations,
            FixKeys.UseClosestModel);

    [Fact]
    public Task OnlyTheModelChangesEvenWhenTheOtherValuesAreWrongForIt()
        => Verify.FixAsync(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|SORA002:"sora2"|}, "10", "1792x1024");
            }
            """ + VideoApi.Declarations,
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|}, {|SORA003:"1792x1024"|});
            }
            """ + VideoApi.Declarations,
            FixKeys.UseClosestModel);

    [Fact]
    public async Task NoActionWhenNoKnownNameIsClose()
    {
        var offers = await OfferedFixes.ForAsync("""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "gpt-4o", "8");
            }
            """ + VideoApi.Declarations, Verify.ListingTestClients);

        var offer = Assert.Single(offers);
        Assert.Equal("SORA002", offer.DiagnosticId);
        Assert.Empty(offer.Titles);
    }
}
