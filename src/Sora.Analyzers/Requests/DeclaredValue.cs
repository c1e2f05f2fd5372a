using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// The value a member's declaration gives it: a field's or an auto-property's initializer, a record's positional
    /// parameter default; and the constant it folds to. Read from source, maybe in another file than the code that
    /// uses the member (readonly fields, DTO defaults).
    /// </summary>
    internal static class DeclaredValue
    {
        /// <summary>The initializer written at <paramref name="member"/>'s declaration; null when there is none, or more than one declaration.</summary>
        public static ExpressionSyntax? InitializerOf(ISymbol member, CancellationToken cancellationToken)
        {
            if (member.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            switch (member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))
            {
                case PropertyDeclarationSyntax property:
                    return property.Initializer?.Value;
                case VariableDeclaratorSyntax field:
                    return field.Initializer?.Value;
                case ParameterSyntax parameter:
                    // A record's positional property: its constructor parameter's default.
                    return parameter.Default?.Value;
                default:
                    return null;
            }
        }

        /// <summary>The non-null constant <paramref name="initializer"/> folds to; null when it is none or lies outside <paramref name="compilation"/>.</summary>
        public static object? ConstantOf(ExpressionSyntax initializer, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!compilation.ContainsSyntaxTree(initializer.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // The initializer lives in another member, maybe another file: its tree's semantic model is the only way to fold it.
            Optional<object?> constant = compilation.GetSemanticModel(initializer.SyntaxTree).GetConstantValue(initializer, cancellationToken);
#pragma warning restore RS1030
            return constant.HasValue ? constant.Value : null;
        }
    }
}
