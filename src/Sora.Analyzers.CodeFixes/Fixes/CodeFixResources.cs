using System.Resources;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>Code action titles from CodeFixResources.resx, in the IDE's UI culture.</summary>
    internal static class CodeFixResources
    {
        private static readonly ResourceManager Manager = new ResourceManager("Sora.Analyzers.CodeFixes.Fixes.CodeFixResources", typeof(CodeFixResources).Assembly);

        public static string UseSeconds => Get(nameof(UseSeconds));

        public static string ChangeModel => Get(nameof(ChangeModel));

        public static string UseSize => Get(nameof(UseSize));

        public static string SwitchModel => Get(nameof(SwitchModel));

        public static string SendSecondsAsString => Get(nameof(SendSecondsAsString));

        public static string SendSecondsAsNumber => Get(nameof(SendSecondsAsNumber));

        public static string PortTo => Get(nameof(PortTo));

        public static string RenameParameter => Get(nameof(RenameParameter));

        public static string RemoveParameter => Get(nameof(RemoveParameter));

        private static string Get(string name) => Manager.GetString(name) ?? name;
    }
}
