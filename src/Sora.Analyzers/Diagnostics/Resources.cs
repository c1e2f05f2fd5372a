using System.Resources;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Access to Resources.resx; the compiler picks the culture when it renders a diagnostic.</summary>
    internal static class Resources
    {
        public static ResourceManager Manager { get; } = new ResourceManager("Sora.Analyzers.Diagnostics.Resources", typeof(Resources).Assembly);

        public static LocalizableString Localized(string name) => new LocalizableResourceString(name, Manager, typeof(Resources));
    }
}
