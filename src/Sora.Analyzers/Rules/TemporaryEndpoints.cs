using System;

namespace Sora.Analyzers.Rules
{
    // TEMPORARY until the tables branch lands (RuleTable.ServesHost / BaseName read from the tables' "endpoints").
    internal static class TemporaryEndpoints
    {
        public static bool ServesHost(this RuleTable table, string host)
            => table.Name switch
            {
                "openai" => host == "api.openai.com",
                "apiyi" => host == "api.apiyi.com",
                "azure-openai" => host.EndsWith(".openai.azure.com", StringComparison.Ordinal),
                "llmgateway" => host == "api.llmgateway.io",
                _ => false,
            };

        public static string BaseName(this RuleTable table) => table.Name;
    }
}
