using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// The defaults a request type's declaration gives its model, seconds and size members
    /// (<c>public string Model { get; set; } = "sora-2";</c>, a record's primary-constructor default): what the body
    /// carries when an object initializer leaves a member out. Read once per type, from source only.
    /// </summary>
    internal static class MemberDefaults
    {
        private static readonly ConditionalWeakTable<ITypeSymbol, IReadOnlyList<MemberDefault>> Cache = new ConditionalWeakTable<ITypeSymbol, IReadOnlyList<MemberDefault>>();

        /// <summary>
        /// The test every type declaration of a candidate compilation goes through, on syntax alone: does it initialize a
        /// member named like a request value, or one with an attribute (a JSON name may be any name)?
        /// </summary>
        public static bool MayDeclareDefaults(TypeDeclarationSyntax declaration)
        {
            foreach (MemberDeclarationSyntax member in declaration.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax { Initializer: not null } property
                        when property.AttributeLists.Count > 0 || RequestMemberNames.TryGet(property.Identifier.ValueText, ignoreCase: true, out _):
                        return true;
                    case FieldDeclarationSyntax field when field.Declaration.Variables.Any(v => v.Initializer != null)
                                                           && (field.AttributeLists.Count > 0 || field.Declaration.Variables.Any(v => RequestMemberNames.TryGet(v.Identifier.ValueText, ignoreCase: true, out _))):
                        return true;
                }
            }

            return declaration.ParameterList?.Parameters.Any(p => p.Default != null) == true;
        }

        /// <summary>The defaults of <paramref name="type"/> and its base types, first declaration of each value wins.</summary>
        public static IReadOnlyList<MemberDefault> Of(ITypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            // Only a type declared in source has initializers to read; each type is read once (a cancelled read is not kept).
            return type is INamedTypeSymbol named && type.Locations.Length > 0 && type.Locations[0].IsInSource
                ? Cache.GetValue(type, _ => Read(named, compilation, cancellationToken))
                : System.Array.Empty<MemberDefault>();
        }

        private static IReadOnlyList<MemberDefault> Read(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
        {
            var defaults = new List<MemberDefault>();
            for (INamedTypeSymbol? current = type; current != null && current.Locations.Length > 0 && current.Locations[0].IsInSource; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if ((member is IPropertySymbol || member is IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false })
                        && !member.IsStatic
                        && !JsonMemberName.IsIgnored(member)
                        && JsonMemberName.TryGetProperty(member, out RequestProperty property)
                        && defaults.TrueForAll(d => d.Property != property)
                        && DeclaredValue.InitializerOf(member, cancellationToken) is ExpressionSyntax initializer
                        && DeclaredValue.ConstantOf(initializer, compilation, cancellationToken) is object constant)
                    {
                        defaults.Add(new MemberDefault(member, property, constant, initializer));
                    }
                }
            }

            return defaults;
        }
    }

    /// <summary>One member's default: the member, the request value it carries, the constant and the expression that writes it.</summary>
    internal sealed class MemberDefault
    {
        public MemberDefault(ISymbol member, RequestProperty property, object constant, ExpressionSyntax initializer)
        {
            Member = member;
            Property = property;
            Constant = constant;
            Initializer = initializer;
        }

        public ISymbol Member { get; }

        public RequestProperty Property { get; }

        public object Constant { get; }

        public ExpressionSyntax Initializer { get; }
    }
}
