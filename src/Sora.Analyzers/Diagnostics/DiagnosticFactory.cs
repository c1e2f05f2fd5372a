using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Turns a rule violation into a diagnostic that carries what the fixes need.</summary>
    internal static class DiagnosticFactory
    {
        public static Diagnostic Create(RuleViolation violation, VideoRequest request)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyKeys.Property] = violation.Property.ToString();
            AddEdit(properties, violation.Value.Edit, violation.Value.ValueType, violation.Value.Insertion, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.InsertAt, PropertyKeys.InsertTemplate);
            if (!violation.Replacements.IsEmpty)
            {
                properties[PropertyKeys.Replacements] = string.Join(PropertyKeys.Separator.ToString(), violation.Replacements);
            }

            var additionalLocations = new List<Location> { request.Location };
            if (!violation.SwitchModels.IsEmpty && request.CanChangeModel)
            {
                properties[PropertyKeys.SwitchModels] = string.Join(PropertyKeys.Separator.ToString(), violation.SwitchModels);
                RequestValue? model = request.Model;
                if (model != null)
                {
                    AddEdit(properties, model.Edit, model.ValueType, model.Insertion, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelInsertAt, PropertyKeys.ModelInsertTemplate);
                    additionalLocations.Add(model.Location);
                }
                else
                {
                    AddEdit(properties, ValueEditKind.Insert, SpecialType.System_String, request.ModelInsertion, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelInsertAt, PropertyKeys.ModelInsertTemplate);
                    additionalLocations.Add(request.Location);
                }
            }

            return Diagnostic.Create(violation.Rule, violation.Value.Location, additionalLocations, properties.ToImmutable(), violation.MessageArguments);
        }

        private static void AddEdit(
            ImmutableDictionary<string, string?>.Builder properties,
            ValueEditKind edit,
            SpecialType valueType,
            ValueInsertion? insertion,
            string editKey,
            string typeKey,
            string insertAtKey,
            string templateKey)
        {
            properties[editKey] = edit.ToString();
            properties[typeKey] = valueType.ToString();
            if (insertion != null)
            {
                properties[insertAtKey] = insertion.Position.ToString(CultureInfo.InvariantCulture);
                properties[templateKey] = insertion.Template;
            }
        }
    }
}
