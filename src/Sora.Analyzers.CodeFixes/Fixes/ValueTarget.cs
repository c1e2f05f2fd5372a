using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>A value a fix rewrites or inserts, read back from a diagnostic's properties and locations.</summary>
    internal sealed class ValueTarget
    {
        private ValueTarget(TextSpan editSpan, ValueEditKind edit, SpecialType valueType, string? insertName)
        {
            EditSpan = editSpan;
            Edit = edit;
            ValueType = valueType;
            InsertName = insertName;
        }

        /// <summary>The characters of the value; for an insertion, the node that receives it.</summary>
        public TextSpan EditSpan { get; }

        public ValueEditKind Edit { get; }

        public SpecialType ValueType { get; }

        /// <summary>For <see cref="ValueEditKind.Insert"/>: the name the value is written under.</summary>
        public string? InsertName { get; }

        /// <summary>Reads a target from the diagnostic's properties; null when there is nothing a fix can rewrite.</summary>
        public static ValueTarget? From(Diagnostic diagnostic, int locationIndex, string editKey, string typeKey, string nameKey)
        {
            if (diagnostic.AdditionalLocations.Count <= locationIndex
                || !diagnostic.Properties.TryGetValue(editKey, out string? edit)
                || !Enum.TryParse(edit, out ValueEditKind editKind)
                || editKind == ValueEditKind.None)
            {
                return null;
            }

            diagnostic.Properties.TryGetValue(typeKey, out string? type);
            Enum.TryParse(type, out SpecialType valueType);
            diagnostic.Properties.TryGetValue(nameKey, out string? name);
            if (editKind == ValueEditKind.Insert && string.IsNullOrEmpty(name))
            {
                return null;
            }

            return new ValueTarget(diagnostic.AdditionalLocations[locationIndex].SourceSpan, editKind, valueType, name);
        }
    }
}
