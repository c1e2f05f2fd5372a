using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Sora.Analyzers.Tests.Verifiers;

namespace Sora.Analyzers.Tests.Configuration;

/// <summary>docs/configuration.md, "sora-rules.json": a project's sora-rules.json extends a built-in table; a malformed one gives SORA900 in place.</summary>
public class RuleFileTests
{
    private const string Requests = """
        class App
        {
            void Run()
            {
                VideoClient.CreateVideo("a fox", "sora-3", "20", "1920x1080");
                VideoClient.CreateVideo("a fox", "sora-3-preview", "10");
                VideoClient.CreateVideo("a fox", "sora-2", "10");
            }
        }
        """;

    [Fact]
    public Task AUserTableAddsAndReplacesModels()
        => Run(Requests + VideoApi.Declarations, """
            {
              "extends": "apiyi",
              "models": [
                { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5, 10, 20], "defaultSeconds": 5,
                  "sizes": ["1920x1080", "1080x1920"], "audio": true },
                { "name": "sora-2", "seconds": [4, 8, 10, 12], "sizes": ["1280x720", "720x1280"] }
              ]
            }
            """);

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA007")]
    public Task TheTableItExtendsDefaultsToTheOptionsChoice()
        => Run("""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2-pro", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """{ "models": [ { "name": "sora-3", "seconds": [5], "sizes": ["1920x1080"] } ] }""",
            editorConfig: "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\n",
            DiagnosticResult.CompilerWarning("SORA007").WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithSpan(3, 52, 3, 64).WithArguments("sora-2-pro", "2026-09-24"));

    [Fact]
    [Trait("Rule", "SORA004")]
    public Task DeprecatedTextOfAUserModelGivesSORA004()
        => Run("""
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"sora-3"|}, "5");
            }
            """ + VideoApi.Declarations,
            """{ "models": [ { "name": "sora-3", "seconds": [5], "sizes": ["1920x1080"], "deprecated": "use sora-4 after June" } ] }""",
            editorConfig: null,
            DiagnosticResult.CompilerWarning("SORA004").WithSeverity(DiagnosticSeverity.Info).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithLocation(0).WithArguments("sora-3", "use sora-4 after June"));

    public static TheoryData<string, string, string> MalformedFiles => new()
    {
        // file (the {|#0:…|} span is where the squiggle must be), message detail
        { "bad JSON", """{ "models": [ {|#0:}|} ] }""", "invalid JSON: unexpected character '}' (line 1, column 15)" },
        { "unknown property", """{ {|#0:"modles"|}: [] }""", "unknown property 'modles' (line 1, column 3)" },
        { "unknown model property", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1x1"], {|#0:"duration"|}: 5 } ] }""", "unknown property 'duration' in a model entry (line 1, column 64)" },
        { "missing name", """{ "models": [ {|#0:{ "seconds": [5], "sizes": ["1920x1080"] }|} ] }""", "a model entry has no 'name' (line 1, column 15)" },
        { "empty seconds", """{ "models": [ { "name": "x", "seconds": {|#0:[]|}, "sizes": ["1920x1080"] } ] }""", "'seconds' must list at least one duration (line 1, column 41)" },
        { "seconds not integers", """{ "models": [ { "name": "x", "seconds": [5, {|#0:"ten"|}], "sizes": ["1920x1080"] } ] }""", "each value of 'seconds' must be a positive whole number (line 1, column 45)" },
        { "size not WIDTHxHEIGHT", """{ "models": [ { "name": "x", "seconds": [5], "sizes": [{|#0:"1920*1080"|}] } ] }""", "'1920*1080' in 'sizes' is not a size of the form WIDTHxHEIGHT (for example '1280x720') (line 1, column 56)" },
        { "duplicate model", """{ "models": [ { "name": "x", "seconds": [5], "sizes": ["1x1"] }, { "name": {|#0:"x"|}, "seconds": [5], "sizes": ["1x1"] } ] }""", "duplicate model 'x' (line 1, column 76)" },
        { "duplicate alias", """{ "models": [ { "name": "x", "aliases": [{|#0:"sora-2"|}], "seconds": [5], "sizes": ["1x1"] } ] }""", "alias 'sora-2' of model 'x' is already a name or alias of model 'sora-2' (line 1, column 42)" },
        { "extends no built-in table", """{ "extends": {|#0:"azure"|}, "models": [] }""", "'extends' names no built-in table: 'azure' (use 'apiyi', 'azure-openai', 'llmgateway', and 'openai') (line 1, column 14)" },
        { "bad secondsType", """{ "secondsType": {|#0:"number"|} }""", "'secondsType' must be 'string', 'integer', or 'any' (line 1, column 18)" },
        { "seconds range with min above max", """{ "models": [ { "name": "x", "seconds": { "min": {|#0:15|}, "max": 4 }, "sizes": ["1x1"] } ] }""", "'min' 15 is greater than 'max' 4 in 'seconds' (line 1, column 50)" },
        { "seconds range not whole", """{ "models": [ { "name": "x", "seconds": { "min": 4, "max": {|#0:15.5|} }, "sizes": ["1x1"] } ] }""", "'max' of 'seconds' must be a positive whole number (line 1, column 60)" },
        { "seconds range without max", """{ "models": [ { "name": "x", "seconds": {|#0:{ "min": 4 }|}, "sizes": ["1x1"] } ] }""", "a 'seconds' range needs both 'min' and 'max' (line 1, column 41)" },
        { "endpoint not a host", """{ "endpoints": [{|#0:"https://gw.example.com/v1"|}] }""", "'https://gw.example.com/v1' in 'endpoints' is not a host pattern (a host such as 'api.openai.com', or '*.' and a domain such as '*.openai.azure.com') (line 1, column 17)" },
        { "duplicate endpoint", """{ "endpoints": ["gw.example.com", {|#0:"gw.example.com"|}] }""", "duplicate host 'gw.example.com' in 'endpoints' (line 1, column 35)" },
        { "parameters not an array", """{ "parameters": {|#0:"model, prompt, seconds, size"|} }""", "'parameters' must be an array of strings (line 1, column 17)" },
        { "empty parameters", """{ "parameters": {|#0:[]|} }""", "'parameters' must list at least one field (line 1, column 17)" },
        { "duplicate parameter", """{ "parameters": ["model", "seconds", {|#0:"model"|}] }""", "duplicate parameter 'model' in 'parameters' (line 1, column 38)" },
        { "empty parameter", """{ "parameters": ["model", {|#0:""|}] }""", "'' in 'parameters' is not a field name (letters, digits and '_', not starting with a digit) (line 1, column 27)" },
        { "parameter not a string", """{ "parameters": ["model", {|#0:4|}] }""", "a value in 'parameters' is not a field name (letters, digits and '_', not starting with a digit) (line 1, column 27)" },
        { "removed not a date", """{ "models": [ { "name": "x", "removed": {|#0:"2026-13-01"|} } ] }""", "'2026-13-01' in 'removed' is not a date of the form YYYY-MM-DD (for example '2026-09-24') (line 1, column 41)" },
        { "removed not a string", """{ "models": [ { "name": "x", "removed": {|#0:20260924|} } ] }""", "'removed' must be a string (line 1, column 41)" },
        { "replacement naming no model", """{ "models": [ { "name": "sora-2", "removed": "2026-09-24", "replacement": {|#0:"sora-3"|} } ] }""", "'replacement' names no model of the table: 'sora-3' (line 1, column 75)" },
        { "replacement naming a removed model", """{ "models": [ { "name": "sora-2", "removed": "2026-09-24", "replacement": {|#0:"sora-2-pro"|} }, { "name": "sora-2-pro", "removed": "2026-09-24" } ] }""", "'replacement' names a removed model: 'sora-2-pro' (line 1, column 75)" },
    };

    [Theory]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA900")]
    [MemberData(nameof(MalformedFiles))]
    public Task AMalformedFileGivesSORA900AtTheProblemAndAnalysisGoesOnWithTheBaseTable(string cause, string file, string detail)
    {
        _ = cause;
        return Run(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            file,
            editorConfig: null,
            new DiagnosticResult("SORA900", DiagnosticSeverity.Warning).WithLocation(0).WithMessage($"The rule file 'sora-rules.json' is invalid: {detail}."));
    }

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA900")]
    public Task AMistakeInALifecycleIsReportedAtItsLineAndColumn()
        => Run(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", "sora-2", {|SORA001:"10"|});
            }
            """ + VideoApi.Declarations,
            """
            {
              "extends": "apiyi",
              "secondsType": "string",
              "models": [
                { "name": "sora-2", "removed": "2026-09-24", "replacement": "sora-2-pro" },
                { "name": "sora-2-pro", "removed": {|#0:"24.09.2026"|} }
              ]
            }
            """,
            editorConfig: null,
            new DiagnosticResult("SORA900", DiagnosticSeverity.Warning).WithLocation(0).WithMessage("The rule file 'sora-rules.json' is invalid: '24.09.2026' in 'removed' is not a date of the form YYYY-MM-DD (for example '2026-09-24') (line 6, column 40)."));

    [Fact]
    [Trait("Rule", "SORA001")]
    [Trait("Rule", "SORA004")]
    public Task TheSpecsRuleFileWithParametersSecondsTypeAndARemovedModelIsAccepted()
        => Run(
            """
            class App
            {
                void Run() => VideoClient.CreateVideo("a fox", {|#0:"sora-3"|}, {|SORA001:"8"|});
            }
            """ + VideoApi.Declarations,
            """
            {
              "extends": "apiyi",
              "models": [
                { "name": "sora-3", "aliases": ["sora-3-preview"], "seconds": [5, 10, 20],
                  "defaultSeconds": 5, "sizes": ["1920x1080", "1080x1920"], "audio": true,
                  "deprecated": "optional free text shown in SORA004" },
                { "name": "sora-2", "removed": "2026-11-30", "replacement": "sora-3" }
              ],
              "parameters": ["model", "prompt", "seconds", "size", "input_reference"],
              "secondsType": "any"
            }
            """,
            editorConfig: null,
            DiagnosticResult.CompilerWarning("SORA004").WithSeverity(DiagnosticSeverity.Info).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithLocation(0).WithArguments("sora-3", "optional free text shown in SORA004"));

    private static Task Run(string source, string ruleFile, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new Verify.AnalyzerTest { TestCode = source };
        test.TestState.AdditionalFiles.Add(("/0/sora-rules.json", ruleFile));
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
