using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The request a method's own parameter defaults make alone (<c>Sora(string prompt, string seconds = "10")</c> in a
    /// wrapper whose body fixes <c>sora-2</c>, or <c>Create(string model = "sora-2", int seconds = 10)</c>): its model
    /// default (or the model its body fixes) with its seconds or size defaults. Every call that leaves them out sends it,
    /// so it is reported once, at the defaults, and fixed there (docs/design.md, "Precision").
    /// </summary>
    internal static class ParameterDefaults
    {
        /// <summary>Whether a declaration's syntax gives any parameter a default: the test every method declaration goes through first.</summary>
        public static bool MayDeclareDefaults(ParameterListSyntax? parameters)
        {
            if (parameters == null)
            {
                return false;
            }

            foreach (ParameterSyntax parameter in parameters.Parameters)
            {
                if (parameter.Default != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The defaults-only request; null when the defaults name no model, or no seconds or size beside it.</summary>
        public static VideoRequest? Of(IMethodSymbol method, Func<IParameterSymbol, RequestProperty?> propertyOf, RequestValue? innerModel, CancellationToken cancellationToken)
        {
            var builder = new VideoRequestBuilder();
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (!parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue == null
                    || !(propertyOf(parameter) is RequestProperty property)
                    || parameter.DeclaringSyntaxReferences.Length != 1
                    || !(parameter.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is ParameterSyntax { Default: { } written }))
                {
                    continue;
                }

                var value = RequestValue.Known(parameter.ExplicitDefaultValue, written.Value.GetLocation(), ValueEditKind.Expression, ValueSets.SpecialTypeOf(parameter.Type));
                if (RequestValueTypes.Fits(property, value))
                {
                    builder.Set(property, value);
                }
            }

            if (!builder.HasModel && innerModel != null)
            {
                builder.Set(RequestProperty.Model, innerModel);
            }

            if (!builder.HasModel || !(builder.Has(RequestProperty.Seconds) || builder.Has(RequestProperty.Size)) || method.Locations.IsEmpty)
            {
                return null;
            }

            return builder.Build(method.Locations[0], modelInsertion: null, method.Locations[0], RequestBody.None);
        }
    }
}
