using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Requests
{
    /// <summary>How code touches a local at one of its mentions.</summary>
    internal enum LocalAccess
    {
        /// <summary>Its value is read (passed, returned, a member accessed on it).</summary>
        Read,

        /// <summary><c>x = value</c>: the new value is known.</summary>
        Assignment,

        /// <summary><c>x ??= value</c>: the value is one the local may hold, beside the ones it had.</summary>
        FallbackAssignment,

        /// <summary>Any other write: <c>x += 1</c>, <c>x++</c>, <c>ref x</c>, <c>out x</c>, <c>(x, y) = …</c>, <c>&amp;x</c>.</summary>
        OtherWrite,
    }

    /// <summary>
    /// Where a local lives and how code mentions it, from syntax: its scope, each mention classified as a read or a
    /// write, a local written exactly once. What a request reads is found by reaching definitions instead
    /// (<see cref="Flow.LocalValues"/>, docs/design.md, "Locals"); this syntactic view serves the finders that follow a
    /// payload or a URL to where it goes (<c>PayloadFlow</c>, <c>VideosUrl</c>, <c>SerializerNaming</c>, <c>Wrappers</c>).
    /// Mentions are found by name in an index of the scope (<see cref="IdentifierIndex"/>); only a mention that matters
    /// is bound to check that it is the local and not another symbol of the same name.
    /// </summary>
    internal static class LocalFlow
    {
        /// <summary>
        /// Where a local declared by <paramref name="declarator"/> can be mentioned: the statement list that declares it
        /// (the whole file for top-level statements), a <c>using</c> or <c>for</c> statement; null for anything else (a
        /// field, a pattern, a deconstruction), whose flow this analyzer does not follow.
        /// </summary>
        public static SyntaxNode? ScopeOf(VariableDeclaratorSyntax declarator)
        {
            switch (declarator.Parent?.Parent)
            {
                case LocalDeclarationStatementSyntax declaration:
                    // `using var form = …;` is a declaration statement too: its scope is the enclosing list.
                    return declaration.Parent is GlobalStatementSyntax global ? global.Parent : declaration.Parent;
                case UsingStatementSyntax usingStatement:
                    return usingStatement;
                case ForStatementSyntax forStatement:
                    return forStatement;
                default:
                    return null;
            }
        }

        /// <summary>The declarator of <paramref name="local"/> in <paramref name="tree"/>; null for a local declared elsewhere or otherwise.</summary>
        public static VariableDeclaratorSyntax? DeclaratorOf(ILocalSymbol local, SyntaxTree tree, CancellationToken cancellationToken)
            => !local.IsRef && local.DeclaringSyntaxReferences.Length == 1
               && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator
               && declarator.SyntaxTree == tree
                ? declarator
                : null;

        /// <summary>The identifiers named <paramref name="name"/> in <paramref name="scope"/>, in document order: candidates to bind.</summary>
        public static IReadOnlyList<IdentifierNameSyntax> Mentions(SyntaxNode scope, string name) => IdentifierIndex.Named(scope, name);

        /// <summary>
        /// What <paramref name="mention"/> does to the variable it names, from syntax alone; <paramref name="assigned"/> is
        /// the new value of a plain assignment.
        /// </summary>
        public static LocalAccess AccessOf(IdentifierNameSyntax mention, out ExpressionSyntax? assigned)
        {
            assigned = null;
            SyntaxNode node = mention;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == node:
                    if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
                    {
                        assigned = assignment.Right;
                        return LocalAccess.FallbackAssignment;
                    }

                    if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        return LocalAccess.OtherWrite;
                    }

                    assigned = assignment.Right;
                    return LocalAccess.Assignment;
                case PrefixUnaryExpressionSyntax prefix
                    when prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression) || prefix.IsKind(SyntaxKind.AddressOfExpression):
                    return LocalAccess.OtherWrite;
                case PostfixUnaryExpressionSyntax postfix
                    when postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression):
                    return LocalAccess.OtherWrite;
                case ArgumentSyntax argument when argument.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword):
                    return LocalAccess.OtherWrite;
                case ArgumentSyntax argument when IsDeconstructionTarget(argument):
                    return LocalAccess.OtherWrite;
                case RefExpressionSyntax _:
                    return LocalAccess.OtherWrite;
                default:
                    return LocalAccess.Read;
            }
        }

        /// <summary>
        /// The writes of <paramref name="local"/> after its declaration, counted in its scope: <see cref="LocalWrites.Count"/>
        /// includes the initializer; <see cref="LocalWrites.OnlyValue"/> is the value when the local is written exactly once
        /// by an initializer or a plain assignment. Null when the local is not one whose flow can be followed here.
        /// </summary>
        public static LocalWrites? WritesOf(ILocalSymbol local, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (!(DeclaratorOf(local, semanticModel.SyntaxTree, cancellationToken) is VariableDeclaratorSyntax declarator)
                || !(ScopeOf(declarator) is SyntaxNode scope))
            {
                return null;
            }

            ExpressionSyntax? value = declarator.Initializer?.Value;
            int count = value != null ? 1 : 0;
            bool onlyPlain = true;

            foreach (IdentifierNameSyntax mention in Mentions(scope, local.Name))
            {
                LocalAccess access = AccessOf(mention, out ExpressionSyntax? assigned);
                if (access == LocalAccess.Read || !IsLocal(mention, local, semanticModel, cancellationToken))
                {
                    continue;
                }

                count++;
                value = assigned;
                onlyPlain &= access == LocalAccess.Assignment;
            }

            return new LocalWrites(count, count == 1 && onlyPlain ? value : null);
        }

        /// <summary>Is <paramref name="mention"/> the local (not a field, parameter or other local of the same name)?</summary>
        public static bool IsLocal(IdentifierNameSyntax mention, ISymbol local, SemanticModel semanticModel, CancellationToken cancellationToken)
            => SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(mention, cancellationToken).Symbol, local);

        /// <summary>Is <paramref name="variable"/> (a parameter, say) written anywhere in <paramref name="scope"/>?</summary>
        public static bool IsWritten(ISymbol variable, SyntaxNode scope, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (IdentifierNameSyntax mention in Mentions(scope, variable.Name))
            {
                if (AccessOf(mention, out _) != LocalAccess.Read && IsLocal(mention, variable, semanticModel, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        // (a, b) = …, ((a, b), c) = …: a tuple on the left of an assignment writes each of its elements.
        private static bool IsDeconstructionTarget(ArgumentSyntax argument)
        {
            SyntaxNode? node = argument.Parent;
            while (node is TupleExpressionSyntax tuple)
            {
                if (tuple.Parent is AssignmentExpressionSyntax assignment)
                {
                    return assignment.Left == tuple;
                }

                node = tuple.Parent is ArgumentSyntax outer ? outer.Parent : null;
            }

            return false;
        }
    }
}
