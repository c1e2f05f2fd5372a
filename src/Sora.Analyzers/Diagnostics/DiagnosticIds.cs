namespace Sora.Analyzers.Diagnostics
{
    /// <summary>The rule ids; public so code that suppresses or configures them can use the constants.</summary>
    public static class DiagnosticIds
    {
        public const string UnsupportedSeconds = "SORA001";
        public const string UnknownModel = "SORA002";
        public const string UnsupportedSize = "SORA003";
        public const string DeprecatedModel = "SORA004";
        public const string SecondsAsNumber = "SORA005";
        public const string UnknownParameter = "SORA006";
        public const string RemovedModel = "SORA007";
        public const string InvalidRuleFile = "SORA900";
        public const string InvalidOption = "SORA901";
    }
}
