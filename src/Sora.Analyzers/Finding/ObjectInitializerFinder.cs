using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Object initializers of any type (<c>new VideoRequest { Model = "sora-2", Seconds = 10 }</c>, members
    /// matched by name or by their JSON attribute) and dictionary initializers with constant string keys
    /// (<c>["seconds"] = "10"</c>, <c>{ "seconds", "10" }</c>).
    /// </summary>
    internal static class ObjectInitializerFinder
    {
        public static VideoRequest? Find(IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken)
        {
            if (!(initializer.Syntax is InitializerExpressionSyntax syntax) || initializer.Initializers.IsEmpty)
            {
                return null;
            }

            var builder = new VideoRequestBuilder();
            InitializerStyle style = ReadElements(initializer, builder, cancellationToken);
            if (builder.IsEmpty)
            {
                return null;
            }

            SyntaxNode request = syntax.Parent ?? syntax;
            if (style == InitializerStyle.Members && initializer.Type != null && initializer.SemanticModel != null)
            {
                AddDefaults(builder, initializer, syntax, VideoCallFinder.NameLocation(request), cancellationToken);
            }

            // A typed object is a JSON body only where the code shows it serialized; a dictionary always is one.
            RequestBody body = style == InitializerStyle.Members ? RequestBody.SerializedObject : RequestBody.Json;
            return builder.Build(request.GetLocation(), builder.HasModel ? null : ModelInsertion(initializer, syntax, style), VideoCallFinder.NameLocation(request), body);
        }

        /// <summary>Reads every element of <paramref name="initializer"/> into <paramref name="builder"/>; the style says how the elements are written.</summary>
        public static InitializerStyle ReadElements(IObjectOrCollectionInitializerOperation initializer, VideoRequestBuilder builder, CancellationToken cancellationToken)
        {
            InitializerStyle style = InitializerStyle.None;
            foreach (IOperation element in initializer.Initializers)
            {
                switch (element)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                        style = InitializerStyle.Indexer;
                        AddKeyed(builder, indexer.Arguments[0].Value, assignment.Value, element.Syntax, cancellationToken);
                        break;
                    case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment:
                        style = InitializerStyle.Members;
                        AddMember(builder, member.Member, assignment, cancellationToken);
                        break;
                    case IInvocationOperation { Arguments.Length: 2 } add:
                        style = InitializerStyle.AddCalls;
                        AddKeyed(builder, add.Arguments[0].Value, add.Arguments[1].Value, element.Syntax, cancellationToken);
                        break;
                }
            }

            return style;
        }

        /// <summary>
        /// The values the type's declaration gives the members the initializer leaves out: reported on the type's name, and
        /// a fix writes the member into the initializer. Only where the initializer sets a value of the request itself: a
        /// request made of defaults alone is the declaration's, reported there.
        /// </summary>
        private static void AddDefaults(VideoRequestBuilder builder, IObjectOrCollectionInitializerOperation initializer, InitializerExpressionSyntax syntax, Location typeName, CancellationToken cancellationToken)
        {
            foreach (MemberDefault memberDefault in MemberDefaults.Of(initializer.Type!, initializer.SemanticModel!.Compilation, cancellationToken))
            {
                if (!builder.Has(memberDefault.Property) && !Assigns(initializer, memberDefault.Member))
                {
                    SpecialType type = ValueSets.SpecialTypeOf((memberDefault.Member as IPropertySymbol)?.Type ?? (memberDefault.Member as IFieldSymbol)?.Type);
                    InsertionSite? insertion = syntax.OpenBraceToken.IsMissing || syntax.CloseBraceToken.IsMissing ? null : new InsertionSite(syntax.GetLocation(), memberDefault.Member.Name);
                    RequestValue value = insertion != null
                        ? RequestValue.Inserted(memberDefault.Constant, typeName, type, insertion)
                        : RequestValue.Known(memberDefault.Constant, typeName, ValueEditKind.None, type);
                    if (RequestValueTypes.Fits(memberDefault.Property, value))
                    {
                        builder.Set(memberDefault.Property, value);
                    }
                }
            }
        }

        private static bool Assigns(IObjectOrCollectionInitializerOperation initializer, ISymbol member)
        {
            foreach (IOperation element in initializer.Initializers)
            {
                if (element is ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AddMember(VideoRequestBuilder builder, ISymbol member, ISimpleAssignmentOperation assignment, CancellationToken cancellationToken)
        {
            if (JsonMemberName.IsIgnored(member))
            {
                return;
            }

            // The same reading as JsonMemberName.TryGetProperty, from the one look at the member's attributes.
            string name = JsonMemberName.WireName(member, out bool exact);
            if (RequestMemberNames.TryGet(name, ignoreCase: !exact, out RequestProperty property))
            {
                builder.Read(property, assignment.Value, cancellationToken);
                if (property == RequestProperty.Seconds && JsonMemberName.WritesNumberAsText(member))
                {
                    builder.SendAsText(property);
                }
            }

            // A typed member keeps its name and is sent whatever the initializer does: no fix renames or removes it.
            Location nameLocation = assignment.Target.Syntax.GetLocation();
            builder.AddField(new BodyField(name, exact, nameLocation, ValueEditKind.None, nameLocation, ValueEditKind.None));
        }

        /// <summary>A keyed entry (<c>["seconds"] = v</c>, <c>{ "seconds", v }</c>, a later <c>body["seconds"] = v</c>): a field, and a value when its key is one; <paramref name="element"/> is what removing it deletes.</summary>
        public static void AddKeyed(VideoRequestBuilder builder, IOperation key, IOperation value, SyntaxNode element, CancellationToken cancellationToken)
        {
            if (!(key.ConstantValue.HasValue && key.ConstantValue.Value is string name))
            {
                return;
            }

            if (RequestMemberNames.TryGet(name, ignoreCase: false, out RequestProperty property))
            {
                builder.Read(property, value, cancellationToken);
            }

            // A key written as a literal is renamed in place; one from a constant elsewhere is not.
            ValueEditKind rename = key.Syntax is LiteralExpressionSyntax ? ValueEditKind.Expression : ValueEditKind.None;
            builder.AddField(new BodyField(name, exactName: true, key.Syntax.GetLocation(), rename, element.GetLocation(), ValueEditKind.Expression));
        }

        /// <summary>
        /// Where a fix adds the model: the initializer, under the member that takes it (its C# name) or the "model" key.
        /// The fix writes it in the initializer's own style. Null when the type has no string member or value for it.
        /// </summary>
        public static InsertionSite? ModelInsertion(IObjectOrCollectionInitializerOperation initializer, InitializerExpressionSyntax syntax, InitializerStyle style)
        {
            if (syntax.OpenBraceToken.IsMissing)
            {
                return null;
            }

            switch (style)
            {
                case InitializerStyle.Indexer when AcceptsText(initializer.Type, isIndexer: true):
                case InitializerStyle.AddCalls when AcceptsText(initializer.Type, isIndexer: false):
                    return new InsertionSite(syntax.GetLocation(), RequestMemberNames.Model);
                case InitializerStyle.Members:
                    ISymbol? member = initializer.Type == null ? null : JsonMemberName.FindSettableMember(initializer.Type, RequestProperty.Model);
                    return member == null ? null : new InsertionSite(syntax.GetLocation(), member.Name);
                default:
                    return null;
            }
        }

        // A dictionary of ints cannot take a model name: only offer to add one where a string fits.
        private static bool AcceptsText(ITypeSymbol? dictionary, bool isIndexer)
        {
            if (dictionary == null)
            {
                return false;
            }

            foreach (ISymbol member in dictionary.GetMembers(isIndexer ? "this[]" : "Add"))
            {
                if (member is IPropertySymbol { Parameters.Length: 1 } indexer && isIndexer && indexer.SetMethod != null)
                {
                    return TakesText(indexer.Type);
                }

                if (member is IMethodSymbol { Parameters.Length: 2 } add && !isIndexer)
                {
                    return TakesText(add.Parameters[1].Type);
                }
            }

            return false;
        }

        private static bool TakesText(ITypeSymbol type)
            => type.SpecialType == SpecialType.System_String || type.SpecialType == SpecialType.System_Object || type.Name == "JsonNode" || type.Name == "JToken";

        /// <summary>How an initializer writes its elements, which is how a fix writes a new one.</summary>
        internal enum InitializerStyle
        {
            None,
            Members,
            Indexer,
            AddCalls,
        }
    }
}
