namespace Sora.Analyzers.Diagnostics
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: the facts a fix needs, so the fix never
    /// re-runs the rules. Lists are comma-separated (model names may not contain commas).
    /// Additional location 0 is the request's node; additional location 1, when present, is the model value (or the
    /// request again when the model is to be inserted).
    /// </summary>
    internal static class PropertyKeys
    {
        /// <summary>Which value is wrong: Model, Seconds or Size.</summary>
        public const string Property = "Property";

        /// <summary>How to rewrite the wrong value: a <see cref="Requests.ValueEditKind"/> name.</summary>
        public const string Edit = "Edit";

        /// <summary>The C# type of the wrong value (a SpecialType name), for writing a literal of the same type.</summary>
        public const string ValueType = "ValueType";

        /// <summary>For an inserted value: the offset where the text goes.</summary>
        public const string InsertAt = "InsertAt";

        /// <summary>For an inserted value: the text, with <see cref="Requests.ValueInsertion.Placeholder"/> for the value.</summary>
        public const string InsertTemplate = "InsertTemplate";

        /// <summary>Replacement values, best first.</summary>
        public const string Replacements = "Replacements";

        /// <summary>Models that accept the whole request, for the switch-model fix.</summary>
        public const string SwitchModels = "SwitchModels";

        /// <summary>How to rewrite the request's model for the switch-model fix (a ValueEditKind name).</summary>
        public const string ModelEdit = "ModelEdit";

        public const string ModelValueType = "ModelValueType";

        public const string ModelInsertAt = "ModelInsertAt";

        public const string ModelInsertTemplate = "ModelInsertTemplate";

        public const char Separator = ',';
    }
}
