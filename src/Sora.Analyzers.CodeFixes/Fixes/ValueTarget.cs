using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>A value a fix rewrites, read back from a diagnostic's properties and locations.</summary>
    internal sealed class ValueTarget
    {
        public ValueTarget(TextSpan span, TextSpan requestSpan, ValueEditKind edit, SpecialType valueType, string? argumentName)
        {
            Span = span;
            RequestSpan = requestSpan;
            Edit = edit;
            ValueType = valueType;
            ArgumentName = argumentName;
        }

        /// <summary>The characters of the value (for an added argument: the call's name).</summary>
        public TextSpan Span { get; }

        /// <summary>The request's node: the call an argument is added to.</summary>
        public TextSpan RequestSpan { get; }

        public ValueEditKind Edit { get; }

        public SpecialType ValueType { get; }

        public string? ArgumentName { get; }

        public static ValueTarget? From(Diagnostic diagnostic, Location location, string editKey, string typeKey, string argumentKey)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(editKey, out string? edit)
                || !Enum.TryParse(edit, out ValueEditKind editKind))
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(typeKey, out string? type);
            Enum.TryParse(type, out SpecialType valueType);
            diagnostic.Properties.TryGetValue(argumentKey, out string? argumentName);
            return new ValueTarget(location.SourceSpan, diagnostic.AdditionalLocations[0].SourceSpan, editKind, valueType, argumentName);
        }
    }
}
