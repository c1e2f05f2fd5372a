using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The name a member has in the serialized payload: its <c>[JsonPropertyName]</c> (System.Text.Json) or
    /// <c>[JsonProperty]</c> (Newtonsoft.Json), else its own name. Attributes are matched by their full name (namespace and
    /// name), read from the member's symbol: a user's own attribute of the same simple name is not the serializer's.
    /// </summary>
    internal static class JsonMemberName
    {
        private const string SystemTextJson = "System.Text.Json.Serialization";
        private const string Newtonsoft = "Newtonsoft.Json";

        public static bool TryGetProperty(ISymbol member, out RequestProperty property)
        {
            string? jsonName = AttributeName(member);
            return jsonName != null
                ? RequestMemberNames.TryGet(jsonName, ignoreCase: false, out property)
                : RequestMemberNames.TryGet(member.Name, ignoreCase: true, out property);
        }

        /// <summary>A settable string member of <paramref name="type"/> that serializes as <paramref name="property"/>.</summary>
        public static ISymbol? FindSettableMember(ITypeSymbol type, RequestProperty property)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    ITypeSymbol? memberType = member switch
                    {
                        IPropertySymbol p when p.SetMethod != null && !p.IsIndexer && !p.IsStatic => p.Type,
                        IFieldSymbol f when !f.IsReadOnly && !f.IsConst && !f.IsStatic && !f.IsImplicitlyDeclared => f.Type,
                        _ => null,
                    };
                    if (memberType?.SpecialType == SpecialType.System_String
                        && TryGetProperty(member, out RequestProperty found)
                        && found == property)
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The name the member is sent under: its JSON attribute's name (<paramref name="exact"/>: as written), or its C#
        /// name, which a serializer's naming policy may still change (<paramref name="exact"/> false).
        /// </summary>
        public static string WireName(ISymbol member, out bool exact)
        {
            string? jsonName = AttributeName(member);
            exact = jsonName != null;
            return jsonName ?? member.Name;
        }

        /// <summary><c>[JsonIgnore]</c> without a condition, or <c>Condition = Always</c>: the member is never sent.</summary>
        public static bool IsIgnored(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (CompilationTypes.IsNamed(attribute.AttributeClass, SystemTextJson, "JsonIgnoreAttribute")
                    || CompilationTypes.IsNamed(attribute.AttributeClass, Newtonsoft, "JsonIgnoreAttribute"))
                {
                    bool conditional = false;
                    foreach (var argument in attribute.NamedArguments)
                    {
                        // JsonIgnoreCondition.Always is 1.
                        conditional |= argument.Key == "Condition" && !(argument.Value.Value is int condition && condition == 1);
                    }

                    return !conditional;
                }
            }

            return false;
        }

        /// <summary><c>[JsonNumberHandling(JsonNumberHandling.WriteAsString)]</c> on the member: its number is sent as a JSON string.</summary>
        public static bool WritesNumberAsText(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                // JsonNumberHandling.WriteAsString is the flag 2.
                if (CompilationTypes.IsNamed(attribute.AttributeClass, SystemTextJson, "JsonNumberHandlingAttribute")
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is int handling
                    && (handling & 2) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string? AttributeName(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if ((CompilationTypes.IsNamed(attribute.AttributeClass, SystemTextJson, "JsonPropertyNameAttribute")
                     || CompilationTypes.IsNamed(attribute.AttributeClass, Newtonsoft, "JsonPropertyAttribute"))
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Value is string jsonName)
                {
                    return jsonName;
                }
            }

            return null;
        }
    }
}
