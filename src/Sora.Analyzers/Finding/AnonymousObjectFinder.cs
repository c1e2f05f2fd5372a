using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>Spec §4.2: <c>new { model = "sora-2", seconds = "10" }</c>, the usual payload for a JSON serializer.</summary>
    internal static class AnonymousObjectFinder
    {
        public static VideoRequest? Find(IAnonymousObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            var builder = new VideoRequestBuilder();
            foreach (IOperation initializer in creation.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment
                    && assignment.Target is IPropertyReferenceOperation member
                    && RequestMemberNames.TryGet(member.Property.Name, ignoreCase: true, out RequestProperty property))
                {
                    RequestValue value = ConstantValueReader.Read(assignment.Value, cancellationToken);
                    if (!value.IsKnown || RequestValueTypes.Fits(property, value))
                    {
                        builder.Set(property, IsProjection(assignment) ? value.WithoutEdit() : value);
                    }
                }
            }

            if (builder.IsEmpty || !(creation.Syntax is AnonymousObjectCreationExpressionSyntax syntax))
            {
                return null;
            }

            return builder.Build(syntax.GetLocation(), SeparatedListInsertion.Append(syntax.Initializers, syntax.OpenBraceToken, "model = \"" + ValueInsertion.Placeholder + "\""));
        }

        // new { seconds } takes its name from the expression: replacing the expression would rename the member.
        private static bool IsProjection(ISimpleAssignmentOperation assignment)
            => assignment.Syntax is AnonymousObjectMemberDeclaratorSyntax declarator && declarator.NameEquals == null;
    }
}
