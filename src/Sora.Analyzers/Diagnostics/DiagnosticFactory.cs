using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Turns a rule violation into a diagnostic that carries what the rules decided (see <see cref="PropertyKeys"/>).</summary>
    internal static class DiagnosticFactory
    {
        public static Diagnostic Create(RuleViolation violation, VideoRequest request)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (violation.Field is BodyField field)
            {
                return UnknownParameter(violation, field, properties);
            }

            properties[PropertyKeys.Property] = violation.Property.ToString();
            RequestValue value = violation.Value!;
            var additionalLocations = new List<Location>(2)
            {
                AddEdit(properties, value.Edit, value.ValueType, value.Location, value.Insertion, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.InsertName),
            };
            if (!violation.Replacements.IsEmpty)
            {
                properties[PropertyKeys.Replacements] = string.Join(PropertyKeys.Separator.ToString(), violation.Replacements);
            }

            if (!violation.SwitchModels.IsEmpty && request.CanChangeModel)
            {
                properties[PropertyKeys.SwitchModels] = string.Join(PropertyKeys.Separator.ToString(), violation.SwitchModels);
                RequestValue? model = request.Model;
                additionalLocations.Add(model != null
                    ? AddEdit(properties, model.Edit, model.ValueType, model.Location, model.Insertion, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelInsertName)
                    : AddEdit(properties, ValueEditKind.Insert, SpecialType.System_String, request.Location, request.ModelInsertion, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelInsertName));
            }

            if (violation.SendSecondsAs is SecondsType secondsType)
            {
                properties[PropertyKeys.SecondsType] = secondsType.ToString();
            }

            foreach (ValueChange change in violation.Companions)
            {
                RequestValue moved = change.Value;
                properties[PropertyKeys.PortValue(change.Property)] = change.NewValue;
                additionalLocations.Add(AddEdit(properties, moved.Edit, moved.ValueType, moved.Location, moved.Insertion, PropertyKeys.PortEdit(change.Property), PropertyKeys.PortValueType(change.Property), PropertyKeys.PortInsertName(change.Property)));
            }

            return Diagnostic.Create(violation.Rule, value.Location, additionalLocations, properties.ToImmutable(), violation.MessageArguments);
        }

        /// <summary>SORA006: the field's name (renamed in place) is additional location 0, what removing the field deletes is 1.</summary>
        private static Diagnostic UnknownParameter(RuleViolation violation, BodyField field, ImmutableDictionary<string, string?>.Builder properties)
        {
            properties[PropertyKeys.Field] = field.Name;
            properties[PropertyKeys.Edit] = field.Rename.ToString();
            properties[PropertyKeys.RemoveEdit] = field.Remove.ToString();
            if (field.IsPolicyName)
            {
                properties[PropertyKeys.RenameAsWritten] = bool.TrueString;
            }
            if (!violation.Replacements.IsEmpty)
            {
                properties[PropertyKeys.Replacements] = string.Join(PropertyKeys.Separator.ToString(), violation.Replacements);
            }

            return Diagnostic.Create(violation.Rule, field.NameLocation, new[] { field.NameLocation, field.Removal }, properties.ToImmutable(), violation.MessageArguments);
        }

        /// <summary>Records how a value is edited and returns the node the edit targets.</summary>
        private static Location AddEdit(
            ImmutableDictionary<string, string?>.Builder properties,
            ValueEditKind edit,
            SpecialType valueType,
            Location valueLocation,
            InsertionSite? insertion,
            string editKey,
            string typeKey,
            string nameKey)
        {
            properties[editKey] = edit.ToString();
            properties[typeKey] = valueType.ToString();
            if (insertion == null)
            {
                return valueLocation;
            }

            properties[nameKey] = insertion.Name;
            return insertion.Into;
        }
    }
}
