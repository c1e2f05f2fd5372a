using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Tests.Rules;

/// <summary>A <c>seconds</c> value as the API reads it: the number it means, and whether the API takes the text as written.</summary>
[Trait("Rule", "SORA001")]
public class RequestedSecondsTests
{
    public static TheoryData<object?, decimal?, bool> Values => new()
    {
        // the C# constant, the number it means (null: no number), canonical
        { 10, 10m, true },
        { 10L, 10m, true },
        { (short)8, 8m, true },
        { (byte)8, 8m, true },
        { 8u, 8m, true },
        { 8.0, 8m, true },
        { 8.0f, 8m, true },
        { 8.5, 8.5m, true },
        { 4.0m, 4m, true },
        { -4, -4m, true },
        { ulong.MaxValue, 18446744073709551615m, true },
        { "10", 10m, true },
        { "-4", -4m, true },
        { "08", 8m, false },
        { "8.0", 8m, false },
        { "8.5", 8.5m, false },
        { "+8", 8m, false },
        { " 8", 8m, false }, // padded: read, so the fix offers 8, but the API would reject the text
        { "8 ", 8m, false },
        { "1e1", null, false },
        { "ten", null, false },
        { "", null, false },
        { "99999999999999999999999999999999999", null, false },
        { double.NaN, null, false },
        { double.PositiveInfinity, null, false },
        { double.NegativeInfinity, null, false },
        { float.NaN, null, false },
        { 1e300, null, false },
        { double.MaxValue, null, false },
        { true, null, false },
        { '8', null, false },
        { null, null, false },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void ReadsTheNumberAndWhetherTheTextIsCanonical(object? constant, decimal? number, bool canonical)
    {
        RequestedSeconds seconds = RequestedSeconds.From(constant);

        Assert.Equal(number, seconds.Number);
        Assert.Equal(canonical, seconds.IsCanonical);
    }

    public static TheoryData<object?, bool> SupportedBySora2 => new()
    {
        // against the apiyi sora-2: 4, 8, 12
        { 8, true },
        { 8L, true },
        { "8", true },
        { 8.0, true },
        { "12", true },
        { 10, false },
        { "10", false },
        { 10L, false },
        { "08", false },
        { "8.0", false },
        { "ten", false },
        { -4, false },
        { "-4", false },
        { 0, false },
        { 8.5, false },
        { double.NaN, false },
        { 1e300, false },
        { 4294967300L, false }, // (int) of it would wrap to 4
        { ulong.MaxValue, false },
        { null, false },
    };

    [Theory]
    [MemberData(nameof(SupportedBySora2))]
    public void IsSupportedOnlyWhenTheModelListsTheCanonicalWholeNumber(object? constant, bool supported)
    {
        VideoModel sora2 = BuiltInRuleTables.Default.Find("sora-2")!;

        Assert.Equal(supported, RequestedSeconds.From(constant).IsSupportedBy(sora2.Seconds));
    }
}
