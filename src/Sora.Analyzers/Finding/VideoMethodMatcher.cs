using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Decides whether a method is a video call by name: its name (a constructor: its type's name) contains
    /// "Video", or it is listed in <c>sora_analyzers.video_methods</c> by simple or fully-qualified name.
    /// </summary>
    internal sealed class VideoMethodMatcher
    {
        private readonly ImmutableHashSet<string> _extraNames;

        // The last segment of every listed name: what a call's syntax shows before anything is bound.
        private readonly ImmutableHashSet<string> _extraSimpleNames;

        public VideoMethodMatcher(ImmutableHashSet<string> extraNames)
        {
            _extraNames = extraNames;
            _extraSimpleNames = extraNames.Select(n => n.Substring(n.LastIndexOf('.') + 1)).ToImmutableHashSet(StringComparer.Ordinal);
        }

        public static VideoMethodMatcher Default { get; } = new VideoMethodMatcher(ImmutableHashSet<string>.Empty);

        /// <summary>The names listed in <c>sora_analyzers.video_methods</c>.</summary>
        public IEnumerable<string> ExtraNames => _extraNames;

        /// <summary>True when methods are listed in <c>sora_analyzers.video_methods</c>, so a name without "Video" may still match.</summary>
        public bool HasExtraNames => !_extraNames.IsEmpty;

        /// <summary>The cheap test for every call: a name that says "Video".</summary>
        public static bool NameSaysVideo(string name) => name.IndexOf("Video", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>Whether a call written with this simple name (method or type) may be a video call, before binding it.</summary>
        public bool MayBeVideoMethodName(string simpleName) => NameSaysVideo(simpleName) || _extraSimpleNames.Contains(simpleName);

        public static string NameOf(IMethodSymbol method) => method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;

        public bool IsVideoMethod(IMethodSymbol method)
        {
            string name = NameOf(method);
            if (NameSaysVideo(name))
            {
                return true;
            }

            if (_extraNames.IsEmpty)
            {
                return false;
            }

            if (_extraNames.Contains(name))
            {
                return true;
            }

            // The fully-qualified form is only built when the simple name is not listed; a constructor's is its type's.
            string type = method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));
            return _extraNames.Contains(method.MethodKind == MethodKind.Constructor ? type : type + "." + name);
        }
    }
}
