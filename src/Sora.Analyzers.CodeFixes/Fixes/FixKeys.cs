using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// Equivalence keys name the kind of choice, never the value, so Fix All applies "the nearest value"
    /// to every diagnostic whatever that value is. The first choice of each kind has the plain key.
    /// </summary>
    public static class FixKeys
    {
        public const string UseNearestSeconds = DiagnosticIds.UnsupportedSeconds + ".UseNearestSeconds";
        public const string UseClosestModel = DiagnosticIds.UnknownModel + ".UseClosestModel";
        public const string UseNearestSize = DiagnosticIds.UnsupportedSize + ".UseNearestSize";
        public const string SwitchModelForSeconds = DiagnosticIds.UnsupportedSeconds + ".SwitchModel";
        public const string SwitchModelForSize = DiagnosticIds.UnsupportedSize + ".SwitchModel";
        /// <summary>SORA005's one action, either way (a number sent as a string, a string sent as a number): one key, so Fix All fixes both.</summary>
        public const string SendSecondsInItsType = DiagnosticIds.SecondsAsNumber + ".SendSecondsInItsType";

        /// <summary>The one action of a SORA006 diagnostic, a rename or a removal: Fix All applies each field's own.</summary>
        public const string FixParameter = DiagnosticIds.UnknownParameter + ".FixParameter";

        /// <summary>SORA007's one action: the model switched to the replacement, its seconds and size moved with it.</summary>
        public const string PortToReplacement = DiagnosticIds.RemovedModel + ".PortTo";

        /// <summary>The key of the <paramref name="index"/>-th replacement value (0 is the best).</summary>
        internal static string Replacement(RequestProperty property, int index)
            => Numbered(property switch
            {
                RequestProperty.Seconds => UseNearestSeconds,
                RequestProperty.Model => UseClosestModel,
                _ => UseNearestSize,
            }, index);

        internal static string SwitchModel(RequestProperty property, int index)
            => Numbered(property == RequestProperty.Size ? SwitchModelForSize : SwitchModelForSeconds, index);

        private static string Numbered(string key, int index) => index == 0 ? key : key + "." + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
