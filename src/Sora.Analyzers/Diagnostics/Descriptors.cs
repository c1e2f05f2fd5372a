using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Every rule of the package, in one place. Texts live in Resources.resx (and its translations).</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; each descriptor links to docs/rules/&lt;id&gt;.md.</summary>
        public const string HelpLinkBase = "https://github.com/sora-analyzers/Sora.Analyzers/blob/main/docs/rules/";

        private const string UsageCategory = "Usage";
        private const string ConfigurationCategory = "Configuration";

        public static readonly DiagnosticDescriptor UnsupportedSeconds = Create(DiagnosticIds.UnsupportedSeconds, UsageCategory, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnknownModel = Create(DiagnosticIds.UnknownModel, UsageCategory, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedSize = Create(DiagnosticIds.UnsupportedSize, UsageCategory, DiagnosticSeverity.Warning);

        // When the model is not a constant: the same rule, said of every model of the table.
        public static readonly DiagnosticDescriptor UnsupportedSecondsForAnyModel = Create(DiagnosticIds.UnsupportedSeconds, UsageCategory, DiagnosticSeverity.Warning, messageKey: "AnyModelMessage");

        public static readonly DiagnosticDescriptor UnsupportedSizeForAnyModel = Create(DiagnosticIds.UnsupportedSize, UsageCategory, DiagnosticSeverity.Warning, messageKey: "AnyModelMessage");

        public static readonly DiagnosticDescriptor DeprecatedModel = Create(DiagnosticIds.DeprecatedModel, UsageCategory, DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor SecondsAsNumber = Create(DiagnosticIds.SecondsAsNumber, UsageCategory, DiagnosticSeverity.Warning);

        // A number only known at run time: the message names the expression instead of a value.
        public static readonly DiagnosticDescriptor SecondsExpressionAsNumber = Create(DiagnosticIds.SecondsAsNumber, UsageCategory, DiagnosticSeverity.Warning, messageKey: "ExpressionMessage");

        // The other way round, where the table takes 'seconds' as an integer: a string sent, constant or not.
        public static readonly DiagnosticDescriptor SecondsAsText = Create(DiagnosticIds.SecondsAsNumber, UsageCategory, DiagnosticSeverity.Warning, messageKey: "NumberMessage");

        public static readonly DiagnosticDescriptor SecondsExpressionAsText = Create(DiagnosticIds.SecondsAsNumber, UsageCategory, DiagnosticSeverity.Warning, messageKey: "NumberExpressionMessage");

        public static readonly DiagnosticDescriptor UnknownParameter = Create(DiagnosticIds.UnknownParameter, UsageCategory, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RemovedModel = Create(DiagnosticIds.RemovedModel, UsageCategory, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RemovedModels = Create(DiagnosticIds.RemovedModel, UsageCategory, DiagnosticSeverity.Warning, messageKey: "AnyModelMessage");

        // Located in sora-rules.json itself, at the offending line and column.
        public static readonly DiagnosticDescriptor InvalidRuleFile = Create(DiagnosticIds.InvalidRuleFile, ConfigurationCategory, DiagnosticSeverity.Warning);

        // Reported once per compilation, at its end (the IDE shows it with full solution analysis, the build always).
        public static readonly DiagnosticDescriptor InvalidOption = Create(DiagnosticIds.InvalidOption, ConfigurationCategory, DiagnosticSeverity.Warning, "Message", WellKnownDiagnosticTags.CompilationEnd);

        private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string messageKey = "Message", params string[] customTags)
            => new DiagnosticDescriptor(
                id,
                Resources.Localized(id + "Title"),
                Resources.Localized(id + messageKey),
                category,
                severity,
                isEnabledByDefault: true,
                description: Resources.Localized(id + "Description"),
                helpLinkUri: HelpLinkBase + id + ".md",
                customTags: customTags);
    }
}
