using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>Whether a value of another type still compiles where an expression stands, so a fix that changes the type is offered only there.</summary>
    internal static class AssignableType
    {
        // An anonymous member takes any type; elsewhere the target (a dictionary's value, a member, an indexer) must accept it.
        public static bool Accepts(ExpressionSyntax expression, SpecialType type, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (expression.Parent is AnonymousObjectMemberDeclaratorSyntax)
            {
                return true;
            }

            ITypeSymbol? target = semanticModel.GetTypeInfo(expression, cancellationToken).ConvertedType;
            ITypeSymbol source = semanticModel.Compilation.GetSpecialType(type);
            return target != null && semanticModel.Compilation.ClassifyConversion(source, target).IsImplicit;
        }
    }
}
