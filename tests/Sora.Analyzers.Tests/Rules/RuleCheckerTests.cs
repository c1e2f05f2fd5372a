using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>
/// The rules themselves, on requests built directly (no compilation): which values a table rejects, the message, the
/// replacement values and the model switches a fix may offer. Finders and fixes are tested elsewhere.
/// </summary>
public class RuleCheckerTests
{
    [Theory]
    [InlineData("apiyi", "sora-2", "4", "1280x720")]
    [InlineData("apiyi", "sora-2", 12, "720x1280")]
    [InlineData("apiyi", "sora-2-pro", 25L, "1792x1024")]
    [InlineData("apiyi", "sora-2-pro", "10", "1024x1792")]
    [InlineData("apiyi", "sora-2-2025-10-06", "8", null)]
    [InlineData("apiyi", "sora-2-pro-2025-10-06", "15", null)]
    [InlineData("apiyi", null, "8", "1280x720")]
    [InlineData("apiyi", null, null, null)]
    public void AcceptedRequestsHaveNoViolations(string table, object? model, object? seconds, string? size)
        => Assert.Empty(Check(table, model, seconds, size));

    [Fact]
    [Trait("Rule", "SORA001")]
    public void UnsupportedSecondsSaysWhatTheApiSays()
    {
        RuleViolation violation = Assert.Single(Check("apiyi", "sora-2", "10"));

        Assert.Equal("SORA001", violation.Rule.Id);
        Assert.Equal(RequestProperty.Seconds, violation.Property);
        Assert.Equal("Model 'sora-2' does not support seconds '10'. Supported values are: '4', '8', and '12'.", Message(violation));
    }

    [Fact]
    [Trait("Rule", "SORA003")]
    public void UnsupportedSizeSaysWhatTheApiSays()
    {
        RuleViolation violation = Assert.Single(Check("apiyi", "sora-2", "8", "1792x1024"));

        Assert.Equal("SORA003", violation.Rule.Id);
        Assert.Equal(RequestProperty.Size, violation.Property);
        Assert.Equal("Model 'sora-2' does not support size '1792x1024'. Supported values are: '1280x720' and '720x1280'.", Message(violation));
    }

    [Fact]
    public void TheViolationCarriesTheRequestsOwnValue()
    {
        RequestValue seconds = Value(10L);
        var request = new VideoRequest(Location.None, Value("sora-2"), seconds, size: null);

        RuleViolation violation = Assert.Single(RuleChecker.Check(request, RequestBody.None, BuiltInRuleTables.Default));

        Assert.Same(seconds, violation.Value);
        Assert.Equal(["sora-2", "10", "'4', '8', and '12'"], violation.MessageArguments);
    }

    [Fact]
    public void AnAliasIsNamedAsWrittenButCheckedAsItsModel()
    {
        RuleViolation violation = Assert.Single(Check("apiyi", "sora-2-2025-12-08", "10"));

        Assert.Equal("Model 'sora-2-2025-12-08' does not support seconds '10'. Supported values are: '4', '8', and '12'.", Message(violation));
        Assert.Equal(new[] { "sora-2-pro" }, violation.SwitchModels);
    }

    [Theory]
    [Trait("Rule", "SORA001")]
    // table, model, seconds, the nearest supported durations (shorter first on a tie)
    [InlineData("apiyi", "sora-2", "10", new[] { "8", "12" })]
    [InlineData("apiyi", "sora-2", "6", new[] { "4", "8" })]
    [InlineData("apiyi", "sora-2", "5", new[] { "4" })]
    [InlineData("apiyi", "sora-2", "7", new[] { "8" })]
    [InlineData("apiyi", "sora-2", "30", new[] { "12" })]
    [InlineData("apiyi", "sora-2", 10, new[] { "8", "12" })]
    [InlineData("apiyi", "sora-2", 10L, new[] { "8", "12" })]
    [InlineData("apiyi", "sora-2", -4, new[] { "4" })]
    [InlineData("apiyi", "sora-2", 0, new[] { "4" })]
    [InlineData("apiyi", "sora-2", 8.5, new[] { "8" })]
    [InlineData("apiyi", "sora-2", 10.0, new[] { "8", "12" })]
    [InlineData("apiyi", "sora-2", "08", new[] { "8" })]
    [InlineData("apiyi", "sora-2", "8.0", new[] { "8" })]
    [InlineData("apiyi", "sora-2-pro", "20", new[] { "15", "25" })]
    [InlineData("apiyi", "sora-2-pro", "12", new[] { "10" })]
    [InlineData("apiyi", "sora-2-pro", 4, new[] { "10" })]
    [InlineData("apiyi", "sora-2-pro", 100000, new[] { "25" })]
    [InlineData("apiyi", null, "10", new[] { "8", "12" })]
    [InlineData("openai", "sora-2-pro", "10", new[] { "8", "12" })]
    [InlineData("openai", "sora-2-pro", "25", new[] { "12" })]
    public void OffersTheNearestSupportedSeconds(string table, object? model, object seconds, string[] nearest)
    {
        RuleViolation violation = Assert.Single(Check(table, model, seconds), v => v.Rule.Id == "SORA001");

        Assert.Equal(nearest, violation.Replacements);
    }

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    // A value that is no number is reported like a wrong one; the fix offers the model's default duration.
    [InlineData("apiyi", "sora-2", "ten", "4")]
    [InlineData("apiyi", "sora-2", "", "4")]
    [InlineData("apiyi", "sora-2", "8 seconds", "4")]
    [InlineData("apiyi", "sora-2-pro", "ten", "10")]
    [InlineData("apiyi", "sora-2-pro", double.NaN, "10")]
    [InlineData("apiyi", "sora-2-pro", 1e300, "10")]
    [InlineData("apiyi", "sora-2-pro", true, "10")]
    [InlineData("openai", "sora-2-pro", "ten", "4")]
    public void SecondsThatAreNoNumberGetTheModelsDefault(string table, string model, object seconds, string expected)
    {
        RuleViolation violation = Assert.Single(Check(table, model, seconds), v => v.Rule.Id == "SORA001");

        Assert.Equal(new[] { expected }, violation.Replacements);
    }

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    // table, model, seconds, size, the rule, the models that accept the whole request as it is
    [InlineData("apiyi", "sora-2", "10", null, "SORA001", new[] { "sora-2-pro" })]
    [InlineData("apiyi", "sora-2", "10", "1280x720", "SORA001", new[] { "sora-2-pro" })]
    [InlineData("apiyi", "sora-2", "15", "720x1280", "SORA001", new[] { "sora-2-pro" })]
    [InlineData("apiyi", "sora-2", "20", null, "SORA001", new string[0])]
    [InlineData("apiyi", "sora-2-pro", "12", null, "SORA001", new[] { "sora-2" })]
    [InlineData("apiyi", "sora-2-pro", "12", "720x1280", "SORA001", new[] { "sora-2" })]
    [InlineData("apiyi", "sora-2-pro", "12", "1792x1024", "SORA001", new string[0])]
    [InlineData("apiyi", "sora-2-pro", 8, "1024x1792", "SORA001", new string[0])]
    [InlineData("apiyi", "sora-2", "8", "1792x1024", "SORA003", new string[0])]
    [InlineData("apiyi", "sora-2", null, "1792x1024", "SORA003", new[] { "sora-2-pro" })]
    [InlineData("openai", "sora-2", "8", "1792x1024", "SORA003", new string[0])] // sora-2-pro renders it, but was removed too
    [InlineData("openai", "sora-2", "10", null, "SORA001", new string[0])]
    [InlineData("openai", "sora-2-pro", "8", "1920x1080", "SORA003", new string[0])]
    public void SwitchModelCandidatesAcceptTheWholeRequest(string table, string model, object? seconds, string? size, string rule, string[] models)
    {
        RuleViolation violation = Assert.Single(Check(table, model, seconds, size), v => v.Rule.Id == rule);

        Assert.Equal(models, violation.SwitchModels);
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public void BothWrongValuesAreReportedAndAModelThatTakesBothIsOffered()
    {
        ImmutableArray<RuleViolation> violations = Check("apiyi", "sora-2", "10", "1792x1024");

        Assert.Equal(["SORA001", "SORA003"], violations.Select(v => v.Rule.Id));
        Assert.All(violations, v => Assert.Equal(new[] { "sora-2-pro" }, v.SwitchModels));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    public void NoModelIsOfferedWhenAValueIsOnlyKnownAtRunTime()
    {
        // sora-2-pro takes 10 seconds, but the size might be one it does not render.
        var request = new VideoRequest(Location.None, Value("sora-2"), Value("10"), RequestValue.Unknown(Location.None));

        RuleViolation violation = Assert.Single(RuleChecker.Check(request, RequestBody.None, BuiltInRuleTables.Default));

        Assert.Equal("SORA001", violation.Rule.Id);
        Assert.Empty(violation.SwitchModels);
    }

    [Theory]
    [Trait("Rule", "SORA003")]
    // model, size, the supported sizes offered (same orientation, closest first)
    [InlineData("sora-2", "1792x1024", new[] { "1280x720" })]
    [InlineData("sora-2", "1024x1792", new[] { "720x1280" })]
    [InlineData("sora-2", "1280*720", new[] { "1280x720" })]
    [InlineData("sora-2", "1280 X 720", new[] { "1280x720" })]
    [InlineData("sora-2", "720×1280", new[] { "720x1280" })]
    [InlineData("sora-2", "1024x1024", new[] { "1280x720", "720x1280" })]
    [InlineData("sora-2", "hd", new[] { "1280x720", "720x1280" })]
    [InlineData("sora-2-pro", "1920x1080", new[] { "1792x1024", "1280x720" })]
    [InlineData("sora-2-pro", "1080x1920", new[] { "1024x1792", "720x1280" })]
    [InlineData("sora-2-pro", "640x360", new[] { "1280x720", "1792x1024" })]
    public void OffersSupportedSizesOfTheSameOrientation(string model, string size, string[] sizes)
    {
        RuleViolation violation = Assert.Single(Check("apiyi", model, seconds: null, size));

        Assert.Equal("SORA003", violation.Rule.Id);
        Assert.Equal(sizes, violation.Replacements);
    }

    [Theory]
    [Trait("Rule", "SORA002")]
    [InlineData("sora2", new[] { "sora-2" })]
    [InlineData("Sora-2", new[] { "sora-2" })]
    [InlineData("sora-2-por", new[] { "sora-2-pro" })]
    [InlineData("gpt-4o", new string[0])]
    public void AnUnknownModelStopsTheOtherChecks(string model, string[] closest)
    {
        // Seconds and size are wrong for every model here, but without a model nothing can be said about them.
        RuleViolation violation = Assert.Single(Check("apiyi", model, "30", "1920x1080"));

        Assert.Equal("SORA002", violation.Rule.Id);
        Assert.Equal(RequestProperty.Model, violation.Property);
        Assert.Equal(closest, violation.Replacements);
        Assert.Empty(violation.SwitchModels);
        Assert.Equal($"Unknown video model '{model}'. Supported values are: 'sora-2' and 'sora-2-pro'.", Message(violation));
    }

    [Fact]
    public void AModelNamedByANonStringConstantIsUnknown()
    {
        RuleViolation violation = Assert.Single(Check("apiyi", 2, "10"));

        Assert.Equal("Unknown video model '2'. Supported values are: 'sora-2' and 'sora-2-pro'.", Message(violation));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public void AModelOnlyKnownAtRunTimeIsWrongOnlyForValuesNoModelTakes()
    {
        var accepted = new VideoRequest(Location.None, RequestValue.Unknown(Location.None), Value("10"), Value("1792x1024"));
        var rejected = new VideoRequest(Location.None, RequestValue.Unknown(Location.None), Value("7"), Value("1920x1080"));

        Assert.Empty(RuleChecker.Check(accepted, RequestBody.None, BuiltInRuleTables.Default));
        ImmutableArray<RuleViolation> violations = RuleChecker.Check(rejected, RequestBody.None, BuiltInRuleTables.Default);
        Assert.Equal(
            [
                "No video model supports seconds '7'. Supported values are: '4', '8', '12', '10', '15', and '25'.",
                "No video model supports size '1920x1080'. Supported values are: '1280x720', '720x1280', '1792x1024', and '1024x1792'.",
            ],
            violations.Select(Message));
        Assert.Equal(["SORA001", "SORA003"], violations.Select(v => v.Rule.Id));
        Assert.Equal(new[] { "8" }, violations[0].Replacements);
        Assert.Equal(new[] { "1792x1024", "1280x720" }, violations[1].Replacements);
        Assert.All(violations, v => Assert.Empty(v.SwitchModels));
    }

    [Fact]
    public void ValuesOnlyKnownAtRunTimeAreNotChecked()
    {
        var request = new VideoRequest(Location.None, Value("sora-2"), RequestValue.Unknown(Location.None), RequestValue.Unknown(Location.None));

        Assert.Empty(RuleChecker.Check(request, RequestBody.None, BuiltInRuleTables.Default));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    public void ARequestWithoutAModelIsCheckedAgainstTheTablesDefaultModel()
    {
        ImmutableArray<RuleViolation> violations = Check("apiyi", model: null, "10", "1792x1024");

        Assert.Equal(["SORA001", "SORA003"], violations.Select(v => v.Rule.Id));
        Assert.All(violations, v => Assert.Equal("sora-2", v.MessageArguments[0]));
    }

    [Theory]
    [Trait("Rule", "SORA007")]
    [InlineData("sora-2")]
    [InlineData("sora-2-pro")]
    [InlineData("sora-2-2025-10-06")]
    [InlineData("sora-2-pro-2025-10-06")]
    public void EveryModelOfTheOpenAITableWasRemoved(string model)
    {
        RuleViolation violation = Assert.Single(Check("openai", model, "8"));

        Assert.Equal("SORA007", violation.Rule.Id);
        Assert.Equal(DiagnosticSeverity.Warning, violation.Rule.DefaultSeverity);
        Assert.Equal(RequestProperty.Model, violation.Property);
        Assert.Equal($"Model '{model}' was removed on 2026-09-24: the API rejects every request for it.", Message(violation));
        Assert.Empty(violation.Replacements);
    }

    [Theory]
    [Trait("Rule", "SORA004")]
    [InlineData("sora-2")]
    [InlineData("sora-2-pro")]
    [InlineData("sora-2-2025-10-06")]
    public void TheApiyiTableDeprecatesNothing(string model)
        => Assert.Empty(Check("apiyi", model, "10", "1280x720").Where(v => v.Rule.Id == "SORA004"));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA003")]
    [Trait("Rule", "SORA007")]
    public void RemovalDoesNotStopTheOtherChecks()
        => Assert.Equal(["SORA007", "SORA001", "SORA003"], Check("openai", "sora-2", "10", "1792x1024").Select(v => v.Rule.Id));

    [Fact]
    [Trait("Rule", "SORA004")]
    public void ARequestThatNamesNoModelMeansTheDefaultModelForItsLifecycleToo()
    {
        var table = new RuleTable(
            "relay",
            "sora-2",
            [new VideoModel("sora-2", [], DurationSet.Of([4, 8, 12]), 4, ["1280x720"], audio: null, deprecated: "served until 2027-01-31")]);
        var request = new VideoRequest(Location.None, model: null, Value("8"), size: null);

        RuleViolation violation = Assert.Single(RuleChecker.Check(request, RequestBody.None, table));

        Assert.Equal("SORA004", violation.Rule.Id);
        Assert.Equal("Model 'sora-2' is deprecated: served until 2027-01-31.", Message(violation));
    }

    private static ImmutableArray<RuleViolation> Check(string table, object? model, object? seconds = null, string? size = null)
    {
        var request = new VideoRequest(
            Location.None,
            model == null ? null : Value(model),
            seconds == null ? null : Value(seconds),
            size == null ? null : Value(size));
        return RuleChecker.Check(request, RequestBody.None, BuiltInRuleTables.Find(table)!);
    }

    private static RequestValue Value(object constant)
        => RequestValue.Known(constant, Location.None, ValueEditKind.Expression, constant is string ? SpecialType.System_String : SpecialType.System_Int32);

    private static string Message(RuleViolation violation)
        => string.Format(CultureInfo.InvariantCulture, violation.Rule.MessageFormat.ToString(CultureInfo.InvariantCulture), violation.MessageArguments);
}
