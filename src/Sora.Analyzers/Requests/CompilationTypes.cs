using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// The framework types the finders recognize, resolved once per compilation by metadata name and compared as symbols
    /// (docs/design.md, "The pipeline"): a user's own <c>My.Dictionary</c> is not the framework's. Each type is looked up
    /// on first use, since a lookup searches every reference and most compilations never need most of them.
    /// </summary>
    internal sealed class CompilationTypes
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationTypes> All = new ConditionalWeakTable<Compilation, CompilationTypes>();

        // A string-keyed entry of these is a JSON body's member.
        private static readonly string[] BodyTypeNames =
        {
            "System.Collections.Generic.Dictionary`2",
            "System.Collections.Generic.IDictionary`2",
            "System.Collections.Generic.SortedDictionary`2",
            "System.Collections.Concurrent.ConcurrentDictionary`2",
            "System.Text.Json.Nodes.JsonObject",
            "Newtonsoft.Json.Linq.JObject",
        };

        private readonly Compilation _compilation;
        private readonly Lazy<INamedTypeSymbol?[]> _bodyTypes;
        private readonly Lazy<INamedTypeSymbol?> _form;
        private readonly Lazy<INamedTypeSymbol?> _stringContent;
        private readonly Lazy<INamedTypeSymbol?> _convert;
        private readonly Lazy<INamedTypeSymbol?[]> _formatProviders;

        private CompilationTypes(Compilation compilation)
        {
            _compilation = compilation;
            _bodyTypes = new Lazy<INamedTypeSymbol?[]>(() => Array.ConvertAll(BodyTypeNames, Resolve), LazyThreadSafetyMode.ExecutionAndPublication);
            _form = new Lazy<INamedTypeSymbol?>(() => Resolve("System.Net.Http.MultipartFormDataContent"), LazyThreadSafetyMode.ExecutionAndPublication);
            _stringContent = new Lazy<INamedTypeSymbol?>(() => Resolve("System.Net.Http.StringContent"), LazyThreadSafetyMode.ExecutionAndPublication);
            _convert = new Lazy<INamedTypeSymbol?>(() => Resolve("System.Convert"), LazyThreadSafetyMode.ExecutionAndPublication);
            _formatProviders = new Lazy<INamedTypeSymbol?[]>(
                () => Array.ConvertAll(new[] { "System.Globalization.CultureInfo", "System.IFormatProvider", "System.Globalization.NumberFormatInfo" }, Resolve),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The types of <paramref name="compilation"/>, shared by every finder of it.</summary>
        public static CompilationTypes Of(Compilation compilation) => All.GetValue(compilation, c => new CompilationTypes(c));

        public INamedTypeSymbol? MultipartFormDataContent => _form.Value;

        public INamedTypeSymbol? StringContent => _stringContent.Value;

        /// <summary>Is <paramref name="type"/> (or a type it derives from) a dictionary or JSON object whose string-keyed entries are a JSON body's members?</summary>
        public bool IsBodyType(ITypeSymbol? type)
        {
            INamedTypeSymbol?[] bodyTypes = _bodyTypes.Value;
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                ITypeSymbol definition = current.OriginalDefinition;
                foreach (INamedTypeSymbol? bodyType in bodyTypes)
                {
                    if (bodyType != null && SymbolEqualityComparer.Default.Equals(definition, bodyType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public INamedTypeSymbol? Convert => _convert.Value;

        /// <summary>Is <paramref name="type"/> one of the framework's format providers (<c>CultureInfo</c>, <c>IFormatProvider</c>, <c>NumberFormatInfo</c>)?</summary>
        public bool IsFormatProvider(ITypeSymbol? type)
        {
            foreach (INamedTypeSymbol? provider in _formatProviders.Value)
            {
                if (provider != null && SymbolEqualityComparer.Default.Equals(type, provider))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Is <paramref name="type"/> the type <paramref name="name"/> of namespace <paramref name="containingNamespace"/>?
        /// For an attribute read from a symbol with no compilation at hand: the full name, never the simple name alone.
        /// </summary>
        public static bool IsNamed(ITypeSymbol? type, string containingNamespace, string name)
            => type != null && type.Name == name && type.ContainingType == null && type.ContainingNamespace?.ToDisplayString() == containingNamespace;

        private INamedTypeSymbol? Resolve(string metadataName) => _compilation.GetBestTypeByMetadataName(metadataName);
    }
}
