using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The name a member has in the serialized payload: its <c>[JsonPropertyName]</c> (System.Text.Json) or
    /// <c>[JsonProperty]</c> (Newtonsoft.Json, matched by attribute name so no reference is needed), else its own name.
    /// </summary>
    internal static class JsonMemberName
    {
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

        private static string? AttributeName(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                string? name = attribute.AttributeClass?.Name;
                if ((name == "JsonPropertyNameAttribute" || name == "JsonPropertyAttribute")
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
