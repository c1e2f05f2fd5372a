using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>A value a fix rewrites, read back from a diagnostic's properties and locations.</summary>
    internal sealed class ValueTarget
    {
        public ValueTarget(TextSpan span, ValueEditKind edit, SpecialType valueType, ValueInsertion? insertion)
        {
            Span = span;
            Edit = edit;
            ValueType = valueType;
            Insertion = insertion;
        }

        /// <summary>The characters of the value.</summary>
        public TextSpan Span { get; }

        public ValueEditKind Edit { get; }

        public SpecialType ValueType { get; }

        /// <summary>For <see cref="ValueEditKind.Insert"/>: where and what to insert.</summary>
        public ValueInsertion? Insertion { get; }

        /// <summary>Reads a target from the diagnostic's properties; null when there is nothing a fix can rewrite.</summary>
        public static ValueTarget? From(Diagnostic diagnostic, Location location, string editKey, string typeKey, string insertAtKey, string templateKey)
        {
            if (!diagnostic.Properties.TryGetValue(editKey, out string? edit)
                || !Enum.TryParse(edit, out ValueEditKind editKind)
                || editKind == ValueEditKind.None)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(typeKey, out string? type);
            Enum.TryParse(type, out SpecialType valueType);
            ValueInsertion? insertion = null;
            if (editKind == ValueEditKind.Insert)
            {
                if (!diagnostic.Properties.TryGetValue(insertAtKey, out string? insertAt)
                    || !int.TryParse(insertAt, NumberStyles.None, CultureInfo.InvariantCulture, out int position)
                    || !diagnostic.Properties.TryGetValue(templateKey, out string? template)
                    || template == null)
                {
                    return null;
                }

                insertion = new ValueInsertion(position, template);
            }

            return new ValueTarget(location.SourceSpan, editKind, valueType, insertion);
        }
    }
}
