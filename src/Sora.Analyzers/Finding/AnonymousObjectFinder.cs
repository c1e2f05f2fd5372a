using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary><c>new { model = "sora-2", seconds = "10" }</c>, the usual payload for a JSON serializer.</summary>
    internal static class AnonymousObjectFinder
    {
        public static VideoRequest? Find(IAnonymousObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            if (!HasRequestMember(creation))
            {
                return null;
            }

            var builder = new VideoRequestBuilder();
            foreach (IOperation initializer in creation.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment
                    && assignment.Target is IPropertyReferenceOperation member)
                {
                    if (RequestMemberNames.TryGet(member.Property.Name, ignoreCase: true, out RequestProperty property))
                    {
                        builder.Read(property, assignment.Value, cancellationToken, editable: !IsProjection(assignment));
                    }

                    // A member being typed (`new { model = "sora-2", , }`) is no field yet.
                    if (assignment.Syntax is AnonymousObjectMemberDeclaratorSyntax declarator && !declarator.ContainsDiagnostics && member.Property.Name.Length > 0)
                    {
                        // The member's name, or for `new { duration }` the expression that names it.
                        SyntaxNode name = (SyntaxNode?)declarator.NameEquals?.Name ?? declarator.Expression;
                        builder.AddField(new BodyField(member.Property.Name, exactName: false, name.GetLocation(), ValueEditKind.Expression, declarator.GetLocation(), ValueEditKind.Expression));
                    }
                }
            }

            if (builder.IsEmpty || !(creation.Syntax is AnonymousObjectCreationExpressionSyntax syntax))
            {
                return null;
            }

            Location location = syntax.GetLocation();
            InsertionSite? modelInsertion = builder.HasModel || syntax.OpenBraceToken.IsMissing ? null : new InsertionSite(location, RequestMemberNames.Model);
            return builder.Build(location, modelInsertion, syntax.NewKeyword.GetLocation(), RequestBody.Json);
        }

        // Every anonymous object of the compilation comes here: member names read from syntax, nothing bound or allocated.
        private static bool HasRequestMember(IAnonymousObjectCreationOperation creation)
        {
            if (!(creation.Syntax is AnonymousObjectCreationExpressionSyntax syntax))
            {
                return false;
            }

            foreach (AnonymousObjectMemberDeclaratorSyntax member in syntax.Initializers)
            {
                SyntaxToken name = member.NameEquals?.Name.Identifier ?? member.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier,
                    MemberAccessExpressionSyntax access => access.Name.Identifier,
                    _ => default,
                };
                if (RequestMemberNames.TryGet(name.ValueText, ignoreCase: true, out _))
                {
                    return true;
                }
            }

            return false;
        }

        // new { seconds } takes its name from the expression: replacing the expression would rename the member.
        private static bool IsProjection(ISimpleAssignmentOperation assignment)
            => assignment.Syntax is AnonymousObjectMemberDeclaratorSyntax declarator && declarator.NameEquals == null;
    }
}
