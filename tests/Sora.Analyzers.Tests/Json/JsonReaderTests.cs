using Sora.Analyzers.Json;

namespace Sora.Analyzers.Tests.Json;

/// <summary>
/// The strict (RFC 8259) JSON reader behind sora-rules.json and JSON payloads in C# strings: the values it reads,
/// where each value sits in the text (squiggles and fixes point there), and the first error with its offset.
/// </summary>
public class JsonReaderTests
{
    [Fact]
    public void ReadsAnObjectWithEveryKindOfValue()
    {
        const string text = """{"s": "x", "n": -1.5e3, "t": true, "f": false, "z": null, "a": [1, {}], "o": {"k": []}}""";

        var root = Assert.IsType<JsonObject>(Parse(text));

        Assert.Equal(["s", "n", "t", "f", "z", "a", "o"], root.Properties.Select(p => p.Name.Value));
        Assert.Equal(
            [JsonKind.String, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null, JsonKind.Array, JsonKind.Object],
            root.Properties.Select(p => p.Value.Kind));
        Assert.Equal("x", Assert.IsType<JsonString>(root.Properties[0].Value).Value);
        Assert.Equal("-1.5e3", Assert.IsType<JsonScalar>(root.Properties[1].Value).Text);
        Assert.Equal(["true", "false", "null"], root.Properties.Skip(2).Take(3).Select(p => Assert.IsType<JsonScalar>(p.Value).Text));

        var array = Assert.IsType<JsonArray>(root.Properties[5].Value);
        Assert.Equal([JsonKind.Number, JsonKind.Object], array.Items.Select(i => i.Kind));
        Assert.Empty(Assert.IsType<JsonObject>(array.Items[1]).Properties);

        var nested = Assert.IsType<JsonObject>(root.Properties[6].Value);
        Assert.Empty(Assert.IsType<JsonArray>(Assert.Single(nested.Properties).Value).Items);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{ }")]
    [InlineData("[ ]")]
    [InlineData(" \t\r\n{} \t\r\n")]
    [InlineData("[[[]]]")]
    public void ReadsEmptyContainersAndWhitespace(string text)
    {
        JsonNode root = Parse(text);

        Assert.Equal(text.Length - text.TrimStart().Length, root.Start);
        Assert.Equal(text.TrimEnd().Length, root.End);
    }

    [Theory]
    [InlineData("\"x\"", "String")]
    [InlineData("4", "Number")]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("null", "Null")]
    public void ReadsAScalarAsTheWholeDocument(string text, string kind)
    {
        JsonNode root = Parse(text);

        Assert.Equal(kind, root.Kind.ToString());
        Assert.Equal(0, root.Start);
        Assert.Equal(text.Length, root.End);
    }

    [Theory]
    [InlineData(@"""a\nb""", "a\nb")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"""caf\u00e9""", "café")]
    [InlineData(@"""caf\u00E9""", "café")]
    [InlineData(@"""a\/b""", "a/b")]
    [InlineData(@"""\\ \b \f \r \t""", "\\ \b \f \r \t")]
    [InlineData(@"""\ud83c\udfac""", "🎬")]
    [InlineData(@"""\u0000""", "\0")]
    public void DecodesEscapes(string text, string expected)
    {
        var value = Assert.IsType<JsonString>(Parse(text));

        Assert.Equal(expected, value.Value);
        Assert.True(value.HasEscapes);
    }

    [Theory]
    [InlineData(@"""sora-2""", "sora-2")]
    [InlineData(@"""""", "")]
    [InlineData(@"""1280×720 ünïcödé 🎬""", "1280×720 ünïcödé 🎬")]
    [InlineData(@"""it's""", "it's")]
    public void ReadsStringsWithoutEscapesAsWritten(string text, string expected)
    {
        var value = Assert.IsType<JsonString>(Parse(text));

        Assert.Equal(expected, value.Value);
        Assert.False(value.HasEscapes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("10")]
    [InlineData("-4")]
    [InlineData("0.5")]
    [InlineData("4.5")]
    [InlineData("-0.0")]
    [InlineData("1e3")]
    [InlineData("1E3")]
    [InlineData("1e+3")]
    [InlineData("2.5e-3")]
    [InlineData("0e0")]
    [InlineData("12345678901234567890123")]
    public void KeepsTheTextOfNumbers(string text)
    {
        var number = Assert.IsType<JsonScalar>(Parse(text));

        Assert.Equal(JsonKind.Number, number.Kind);
        Assert.Equal(text, number.Text);
        Assert.Equal(0, number.Start);
        Assert.Equal(text.Length, number.End);
    }

    [Fact]
    public void GivesEveryValueItsPosition()
    {
        const string text = """{ "model": "sora-2", "seconds": [4, 10], "size": "1280x720", "hd": true, "x": null }""";

        var root = Assert.IsType<JsonObject>(Parse(text));

        Assert.Equal((0, text.Length), (root.Start, root.End));
        AssertSpan(text, "\"model\"", root.Properties[0].Name);
        AssertSpan(text, "\"sora-2\"", root.Properties[0].Value);
        AssertSpan(text, "[4, 10]", root.Properties[1].Value);
        var seconds = Assert.IsType<JsonArray>(root.Properties[1].Value);
        AssertSpan(text, "4", seconds.Items[0]);
        AssertSpan(text, "10", seconds.Items[1]);
        AssertSpan(text, "\"1280x720\"", root.Properties[2].Value);
        AssertSpan(text, "true", root.Properties[3].Value);
        AssertSpan(text, "null", root.Properties[4].Value);
    }

    [Fact]
    public void StringPositionsCoverTheQuotesAndTheEscapesAsWritten()
    {
        const string text = """["a\"b", "caf\u00e9", "x"]""";

        var array = Assert.IsType<JsonArray>(Parse(text));

        // The span is the text as written, so a fix edits the characters in the file, not the decoded value.
        Assert.Equal((1, 7), (array.Items[0].Start, array.Items[0].End));
        Assert.Equal((9, 20), (array.Items[1].Start, array.Items[1].End));
        Assert.Equal((22, 25), (array.Items[2].Start, array.Items[2].End));
        Assert.Equal(["a\"b", "café", "x"], array.Items.Select(i => ((JsonString)i).Value));
        Assert.Equal([true, true, false], array.Items.Select(i => ((JsonString)i).HasEscapes));
    }

    [Fact]
    public void NestedPositionsAreOffsetsInTheWholeText()
    {
        const string text = "{\n  \"models\": [\n    { \"name\": \"sora-3\" }\n  ]\n}\n";

        var root = Assert.IsType<JsonObject>(Parse(text));
        var models = Assert.IsType<JsonArray>(root.Properties[0].Value);
        var entry = Assert.IsType<JsonObject>(Assert.Single(models.Items));

        AssertSpan(text, "{ \"name\": \"sora-3\" }", entry);
        AssertSpan(text, "\"sora-3\"", entry.Properties[0].Value);
        Assert.Equal(text.Length - 1, root.End);
    }

    public static TheoryData<string, string, int> Errors => new()
    {
        // text, the first error, its offset
        { "[1, 2,]", "unexpected character ']'", 6 },
        { """{"a": 1,}""", "expected a property name in double quotes", 8 },
        { """{"a" 1}""", "expected ':' after the property name", 5 },
        { """{"a"}""", "expected ':' after the property name", 4 },
        { """["abc""", "unterminated string", 1 },
        { "\"abc\\", "unterminated string", 0 },
        { """{"name": "sora-3}""", "unterminated string", 9 },
        { @"""a\x""", "invalid escape sequence", 2 },
        { @"""a\'b""", "invalid escape sequence", 2 },
        { @"""\u12G4""", "invalid \\u escape", 1 },
        { @"""\u12""", "invalid \\u escape", 1 },
        { @"""\u+123""", "invalid \\u escape", 1 },
        { "\"a\tb\"", "control character in a string (escape it)", 2 },
        { "[\"line\nbreak\"]", "control character in a string (escape it)", 6 },
        { "01", "invalid number (leading zeros are not allowed)", 0 },
        { "[4, 08]", "invalid number (leading zeros are not allowed)", 4 },
        { "-01", "invalid number (leading zeros are not allowed)", 0 },
        { "00.5", "invalid number (leading zeros are not allowed)", 0 },
        { "-", "invalid number", 0 },
        { "[-]", "invalid number", 1 },
        { "1.", "invalid number", 0 },
        { "1.e3", "invalid number", 0 },
        { "1e", "invalid number", 0 },
        { "1e+", "invalid number", 0 },
        { ".5", "unexpected character '.'", 0 },
        { "+1", "unexpected character '+'", 0 },
        { "NaN", "unexpected character 'N'", 0 },
        { "[Infinity]", "unexpected character 'I'", 1 },
        { "{} x", "unexpected text after the end of the JSON value", 3 },
        { "{}{}", "unexpected text after the end of the JSON value", 2 },
        { "1 2", "unexpected text after the end of the JSON value", 2 },
        { "truex", "unexpected text after the end of the JSON value", 4 },
        { "", "unexpected end of the JSON text", 0 },
        { " \r\n\t", "unexpected end of the JSON text", 4 },
        { "[", "unexpected end of the JSON text", 1 },
        { """{"a": """, "unexpected end of the JSON text", 6 },
        { """{"a": 1""", "expected ',' or '}' in the object", 7 },
        { "[1", "expected ',' or ']' in the array", 2 },
        { "[1 2]", "expected ',' or ']' in the array", 3 },
        { """{"a": 1 "b": 2}""", "expected ',' or '}' in the object", 8 },
        { "{1: 2}", "expected a property name in double quotes", 1 },
        { "{a: 2}", "expected a property name in double quotes", 1 },
        { "'sora-2'", "unexpected character '''", 0 },
        { "{'model': 'sora-2'}", "expected a property name in double quotes", 1 },
        { """{"model": 'sora-2'}""", "unexpected character '''", 10 },
        { "tru", "unexpected text (a JSON value must be an object, array, string, number, true, false or null)", 0 },
        { "[True]", "unexpected character 'T'", 1 },
        { "nul", "unexpected text (a JSON value must be an object, array, string, number, true, false or null)", 0 },
        { "[1, fals]", "unexpected text (a JSON value must be an object, array, string, number, true, false or null)", 4 },
        { "// comment\n{}", "unexpected character '/'", 0 },
        { "\u00a0{}", "unexpected character '\u00a0'", 0 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void ReportsTheFirstErrorAndItsOffset(string text, string error, int offset)
    {
        JsonParseResult result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        Assert.Equal(error, result.Error);
        Assert.Equal(offset, result.ErrorOffset);
    }

    [Fact]
    public void OnlyTheFirstErrorIsReported()
    {
        JsonParseResult result = JsonReader.Parse("[1,, 'x', \"\\q\"");

        Assert.Equal(("unexpected character ','", 3), (result.Error, result.ErrorOffset));
    }

    [Fact]
    public void ReadsNestingUpToTheLimit()
    {
        JsonParseResult arrays = JsonReader.Parse(new string('[', 129) + new string(']', 129));
        JsonParseResult objects = JsonReader.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 128)) + "{}" + new string('}', 128));

        Assert.NotNull(arrays.Root);
        Assert.NotNull(objects.Root);
    }

    [Fact]
    public void RejectsNestingBeyondTheLimit()
    {
        JsonParseResult result = JsonReader.Parse(new string('[', 130) + new string(']', 130));

        Assert.Null(result.Root);
        Assert.Equal(("the JSON is nested too deeply", 129), (result.Error, result.ErrorOffset));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    [InlineData("[{\"a\":")]
    public void VeryDeepNestingFailsWithoutOverflowingTheStack(string opening)
    {
        // Half-typed or hostile text must come back as an error: a StackOverflowException would kill the compiler.
        string text = string.Concat(Enumerable.Repeat(opening, 200_000));

        JsonParseResult result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        Assert.Equal("the JSON is nested too deeply", result.Error);
    }

    private static JsonNode Parse(string text)
    {
        JsonParseResult result = JsonReader.Parse(text);
        Assert.True(result.Root != null, $"'{text}' did not parse: {result.Error} at {result.ErrorOffset}");
        Assert.Null(result.Error);
        return result.Root!;
    }

    private static void AssertSpan(string text, string expected, JsonNode node)
    {
        int start = text.IndexOf(expected, StringComparison.Ordinal);
        Assert.Equal((start, start + expected.Length), (node.Start, node.End));
    }
}
