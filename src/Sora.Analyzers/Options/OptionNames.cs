namespace Sora.Analyzers.Options
{
    /// <summary>The .editorconfig / .globalconfig keys the analyzers read.</summary>
    internal static class OptionNames
    {
        public const string RuleTable = "sora_analyzers.rule_table";
        public const string VideoMethods = "sora_analyzers.video_methods";
    }
}
