using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>Type lookups by metadata name that survive a type defined in more than one place.</summary>
    internal static class CompilationTypeLookup
    {
        /// <summary>
        /// The type named <paramref name="metadataName"/> that code of <paramref name="compilation"/> binds to, or null when
        /// there is none or no single best one. <see cref="Compilation.GetTypeByMetadataName(string)"/> gives up (null) as
        /// soon as two references define the name, even when one copy is internal to its assembly and the user's code
        /// cannot see it (a library that embeds its own <c>MultipartFormDataContent</c>, say). Here the compilation's own
        /// type wins, as it does for the compiler; otherwise the one copy accessible from the compilation; two accessible
        /// copies are ambiguous for the user's code too (CS0433), so nothing is returned.
        /// </summary>
        public static INamedTypeSymbol? GetBestTypeByMetadataName(this Compilation compilation, string metadataName)
        {
            INamedTypeSymbol? unique = compilation.GetTypeByMetadataName(metadataName);
            if (unique != null)
            {
                return unique;
            }

            INamedTypeSymbol? best = null;
            foreach (INamedTypeSymbol candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
                {
                    return candidate;
                }

                if (!compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly))
                {
                    continue;
                }

                if (best != null)
                {
                    return null;
                }

                best = candidate;
            }

            return best;
        }
    }
}
