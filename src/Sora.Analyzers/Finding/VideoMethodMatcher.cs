using System;
using System.Collections.Immutable;
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

        public VideoMethodMatcher(ImmutableHashSet<string> extraNames)
        {
            _extraNames = extraNames;
        }

        public static VideoMethodMatcher Default { get; } = new VideoMethodMatcher(ImmutableHashSet<string>.Empty);

        public bool IsVideoMethod(IMethodSymbol method)
        {
            string name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
            if (name.IndexOf("Video", StringComparison.OrdinalIgnoreCase) >= 0)
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
