namespace Sora.Analyzers.Tests.Contract;

/// <summary>The options the request-contract tests run under.</summary>
internal static class ContractTables
{
    /// <summary>OpenAI's table (seconds is a string), with SORA007 off: every model of it was removed, which other tests cover.</summary>
    public const string OpenAI = "root = true\n[*.cs]\nsora_analyzers.rule_table = openai\ndotnet_diagnostic.SORA007.severity = none\n";

    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;

        """;
}
