namespace Sora.Analyzers.Diagnostics
{
    /// <summary>
    /// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: what the rules decided, so a fix never re-runs
    /// them. Facts only — no offsets, no source text: a fix finds its node from the locations and lays out its own edit.
    /// Lists are comma-separated (model names may not contain commas).
    /// Additional location 0 is the node the value's fix edits (the value itself, or for an insertion the node that
    /// receives it: see <see cref="Requests.InsertionSite.Into"/>); additional location 1, present with
    /// <see cref="SwitchModels"/>, is the same for the request's model. SORA007's port adds, after location 0 (the model), the
    /// node of each value it moves, in the order seconds then size, each present when its <see cref="PortValue"/> key is.
    /// For SORA006 (an unknown field) location 0 is the
    /// field's name and 1 what removing the field deletes.
    /// </summary>
    internal static class PropertyKeys
    {
        /// <summary>Which value is wrong: Model, Seconds or Size.</summary>
        public const string Property = "Property";

        /// <summary>How to rewrite the wrong value: a <see cref="Requests.ValueEditKind"/> name.</summary>
        public const string Edit = "Edit";

        /// <summary>The C# type of the wrong value (a SpecialType name), for writing a literal of the same type.</summary>
        public const string ValueType = "ValueType";

        /// <summary>For an inserted value: the parameter, member or field name to write it under.</summary>
        public const string InsertName = "InsertName";

        /// <summary>Replacement values, best first.</summary>
        public const string Replacements = "Replacements";

        /// <summary>Models that accept the whole request, for the switch-model fix.</summary>
        public const string SwitchModels = "SwitchModels";

        /// <summary>How to rewrite the request's model for the switch-model fix (a ValueEditKind name).</summary>
        public const string ModelEdit = "ModelEdit";

        public const string ModelValueType = "ModelValueType";

        public const string ModelInsertName = "ModelInsertName";

        /// <summary>SORA006: the field the endpoint does not take, as the API receives it.</summary>
        public const string Field = "Field";

        /// <summary>SORA006: how to delete the field (a ValueEditKind name) at additional location 1.</summary>
        public const string RemoveEdit = "RemoveEdit";

        /// <summary>SORA006: present when the field's name comes from a naming policy: a rename writes the parameter as it is.</summary>
        public const string RenameAsWritten = "RenameAsWritten";

        /// <summary>The JSON type the table takes for <c>seconds</c> (a <see cref="Rules.SecondsType"/> name): what SORA005's fix and a port write.</summary>
        public const string SecondsType = "SecondsType";

        public const char Separator = ',';

        /// <summary>SORA007's port: the value it writes for <paramref name="property"/> (seconds or size).</summary>
        public static string PortValue(Requests.RequestProperty property) => "Port" + property;

        /// <summary>SORA007's port: how that value is edited (a ValueEditKind name).</summary>
        public static string PortEdit(Requests.RequestProperty property) => "Port" + property + "Edit";

        public static string PortValueType(Requests.RequestProperty property) => "Port" + property + "ValueType";

        public static string PortInsertName(Requests.RequestProperty property) => "Port" + property + "InsertName";
    }
}
