using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Destinations
{
    /// <summary>
    /// The video methods a request may be handed to: <c>OpenAI.Videos.VideoClient.CreateVideo</c> / <c>CreateVideoAsync</c>
    /// (the video endpoint of the client's host), and the methods listed in <c>sora_analyzers.video_methods</c> (simple or
    /// fully-qualified names), which take only the table's models, so an unknown constant model there is SORA002
    /// (docs/design.md, "Precision"). A method's name alone ("Video" in it) says nothing.
    /// </summary>
    internal sealed class SoraClientMatcher
    {
        private const string VideoClientType = "OpenAI.Videos.VideoClient";

        private static readonly string[] VideoClientMethods = { "CreateVideo", "CreateVideoAsync" };

        private readonly ImmutableHashSet<string> _listedNames;

        // The last segment of every listed name: what a call's syntax shows before anything is bound.
        private readonly ImmutableHashSet<string> _listedSimpleNames;

        public SoraClientMatcher(ImmutableHashSet<string> listedNames)
        {
            _listedNames = listedNames;
            _listedSimpleNames = listedNames.Select(n => n.Substring(n.LastIndexOf('.') + 1)).ToImmutableHashSet(StringComparer.Ordinal);
        }

        public static SoraClientMatcher Default { get; } = new SoraClientMatcher(ImmutableHashSet<string>.Empty);

        /// <summary>The names listed in <c>sora_analyzers.video_methods</c>.</summary>
        public IEnumerable<string> ListedNames => _listedNames;

        /// <summary>The last segment of every listed name.</summary>
        public IEnumerable<string> ListedSimpleNames => _listedSimpleNames;

        /// <summary>Whether a call written with this simple name (method or type) may be a Sora client call, before binding it.</summary>
        public bool MayBeSoraClientName(string simpleName)
            => Array.IndexOf(VideoClientMethods, simpleName) >= 0 || _listedSimpleNames.Contains(simpleName);

        public static string NameOf(IMethodSymbol method) => method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;

        /// <summary>The OpenAI SDK's <c>VideoClient.CreateVideo</c> / <c>CreateVideoAsync</c>: the video endpoint of the client's host.</summary>
        public static bool IsVideoClientCall(IMethodSymbol method)
            => Array.IndexOf(VideoClientMethods, method.Name) >= 0
               && method.ContainingType is { Name: "VideoClient" } type
               && type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) == VideoClientType;

        /// <summary>A method listed in <c>sora_analyzers.video_methods</c>, by simple or fully-qualified name.</summary>
        public bool IsListed(IMethodSymbol method)
        {
            string name = NameOf(method);
            if (!_listedSimpleNames.Contains(name))
            {
                return false;
            }

            // The fully-qualified form is only built for a name that may match; a constructor's is its type's.
            string type = method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));
            return _listedNames.Contains(name) || _listedNames.Contains(method.MethodKind == MethodKind.Constructor ? type : type + "." + name);
        }
    }
}
