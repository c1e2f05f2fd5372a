using System.Collections.Generic;
using System.Collections.Immutable;
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
            AddEdit(properties, violation.Value, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.ArgumentName);
            if (!violation.Replacements.IsEmpty)
            {
                properties[PropertyKeys.Replacements] = string.Join(PropertyKeys.Separator.ToString(), violation.Replacements);
            }

            var additionalLocations = new List<Location> { request.Location };
            if (!violation.SwitchModels.IsEmpty && request.Model != null)
            {
                properties[PropertyKeys.SwitchModels] = string.Join(PropertyKeys.Separator.ToString(), violation.SwitchModels);
                AddEdit(properties, request.Model, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelArgumentName);
                additionalLocations.Add(request.Model.Location);
            }

            return Diagnostic.Create(violation.Rule, violation.Value.Location, additionalLocations, properties.ToImmutable(), violation.MessageArguments);
        }

        private static void AddEdit(ImmutableDictionary<string, string?>.Builder properties, RequestValue value, string editKey, string typeKey, string argumentKey)
        {
            properties[editKey] = value.Edit.ToString();
            properties[typeKey] = value.ValueType.ToString();
            if (value.ArgumentName != null)
            {
                properties[argumentKey] = value.ArgumentName;
            }
        }
    }
}
