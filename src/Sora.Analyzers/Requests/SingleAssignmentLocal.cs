using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// A local that is written exactly once, from a constant, counts as that constant
    /// (<c>var seconds = 10; CreateVideo(seconds: seconds);</c>). Any second write (assignment, ++, ref/out, deconstruction)
    /// makes it unknown. Only runs for values of requests already found, so the syntax walk is not on the hot path.
    /// </summary>
    internal static class SingleAssignmentLocal
    {
        public static bool TryGetConstant(ILocalReferenceOperation reference, CancellationToken cancellationToken, out object? value)
        {
            value = null;
            ILocalSymbol local = reference.Local;
            SemanticModel? semanticModel = reference.SemanticModel;
            if (local.IsRef || semanticModel == null || local.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            if (!(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator)
                || declarator.SyntaxTree != semanticModel.SyntaxTree
                || !(declarator.Parent?.Parent is LocalDeclarationStatementSyntax declaration)
                || declaration.Parent == null)
            {
                return false;
            }

            ExpressionSyntax? assignedValue = declarator.Initializer?.Value;
            int writes = assignedValue != null ? 1 : 0;

            // The local is in scope only inside the statement list that declares it (for top-level statements,
            // the whole file); its writes are there too.
            SyntaxNode scope = declaration.Parent is GlobalStatementSyntax global && global.Parent != null ? global.Parent : declaration.Parent;
            foreach (IdentifierNameSyntax identifier in IdentifierIndex.Named(scope, local.Name))
            {
                if (!IsWrite(identifier, out ExpressionSyntax? written))
                {
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    continue;
                }

                writes++;
                assignedValue = written;
                if (writes > 1 || assignedValue == null)
                {
                    return false;
                }
            }

            if (writes != 1 || assignedValue == null)
            {
                return false;
            }

            Optional<object?> constant = semanticModel.GetConstantValue(assignedValue, cancellationToken);
            value = constant.HasValue ? constant.Value : null;
            return constant.HasValue;
        }

        /// <summary>True when <paramref name="identifier"/> is written; <paramref name="assigned"/> is the value for a plain assignment.</summary>
        private static bool IsWrite(IdentifierNameSyntax identifier, out ExpressionSyntax? assigned)
        {
            assigned = null;
            SyntaxNode node = identifier;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == node:
                    if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        assigned = assignment.Right;
                    }

                    return true;
                case PrefixUnaryExpressionSyntax prefix:
                    return prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) || prefix.IsKind(SyntaxKind.AddressOfExpression);
                case PostfixUnaryExpressionSyntax postfix:
                    return postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression);
                case ArgumentSyntax argument:
                    // ref/out arguments, and tuple deconstruction targets: (a, b) = ...
                    return !argument.RefKindKeyword.IsKind(SyntaxKind.None)
                        || (argument.Parent is TupleExpressionSyntax tuple && tuple.Parent is AssignmentExpressionSyntax deconstruction && deconstruction.Left == tuple);
                case RefExpressionSyntax _:
                    return true;
                default:
                    return false;
            }
        }
    }
}
