using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>How a fix passes an omitted parameter: a named argument at the end of the call, where it is always valid.</summary>
    internal static class ArgumentInsertion
    {
        public static ValueInsertion? For(SyntaxNode call, IParameterSymbol parameter)
        {
            string argument = parameter.Name + ": " + LiteralFormat.Template(parameter.Type.SpecialType);
            ArgumentListSyntax? list = call switch
            {
                InvocationExpressionSyntax invocation => invocation.ArgumentList,
                BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
                _ => null,
            };

            if (list != null)
            {
                return list.CloseParenToken.IsMissing
                    ? null
                    : new ValueInsertion(list.CloseParenToken.SpanStart, list.Arguments.Count == 0 ? argument : ", " + argument);
            }

            // new VideoJob { ... } has no parentheses yet.
            return call is ObjectCreationExpressionSyntax creationWithoutArguments
                ? new ValueInsertion(creationWithoutArguments.Type.Span.End, "(" + argument + ")")
                : null;
        }
    }
}
