using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// The writes, member writes and hand-overs of every local of one body, from one walk of its operations: every value
    /// read in the body asks here, so a body of n reads costs one walk, not n (docs/design.md, "Flow").
    /// Each mention is classified by the operation around it (docs/design.md, "Locals").
    /// </summary>
    internal sealed class LocalWriteIndex
    {
        private readonly Dictionary<ILocalSymbol, LocalHistory> _locals = new Dictionary<ILocalSymbol, LocalHistory>(SymbolEqualityComparer.Default);

        public LocalWriteIndex(IOperation root, CancellationToken cancellationToken)
        {
            var pending = new Stack<(IOperation Operation, IMethodSymbol? Function)>();
            pending.Push((root, null));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (IOperation operation, IMethodSymbol? function) = pending.Pop();
                Visit(operation, function);
                IMethodSymbol? inner = operation switch
                {
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    ILocalFunctionOperation localFunction => localFunction.Symbol,
                    _ => function,
                };

                // Pushed right to left, so a body's operations are visited in code order.
                var children = new List<IOperation>();
                foreach (IOperation child in operation.ChildOperations)
                {
                    children.Add(child);
                }

                for (int i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push((children[i], inner));
                }
            }
        }

        /// <summary>What the body does to <paramref name="local"/>; null when it never mentions it.</summary>
        public LocalHistory? Get(ILocalSymbol local) => _locals.TryGetValue(local, out LocalHistory? history) ? history : null;

        private LocalHistory Of(ILocalSymbol local)
        {
            if (!_locals.TryGetValue(local, out LocalHistory? history))
            {
                _locals[local] = history = new LocalHistory();
            }

            return history;
        }

        private void Visit(IOperation operation, IMethodSymbol? function)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator:
                    Declare(declarator, function);
                    break;
                case IForEachLoopOperation loop:
                    // The loop writes its variables on each turn.
                    MarkUnknown(loop.Locals);
                    break;
                case ICatchClauseOperation clause:
                    MarkUnknown(clause.Locals);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation receiver } }:
                    Of(receiver.Local).MemberWrites.Add(operation);
                    break;
                case IInvocationOperation { Instance: ILocalReferenceOperation receiver } invocation
                    when invocation.TargetMethod.Name == "Add" || invocation.TargetMethod.Name == "TryAdd":
                    Of(receiver.Local).MemberWrites.Add(operation);
                    break;
                case ILocalReferenceOperation reference:
                    Mention(reference, function);
                    break;
            }
        }

        private void Declare(IVariableDeclaratorOperation declarator, IMethodSymbol? function)
        {
            LocalHistory history = Of(declarator.Symbol);
            if (declarator.Parent is IVariableDeclarationOperation { Parent: IForEachLoopOperation })
            {
                return;
            }

            history.Declared = true;
            history.Function = function;
            IVariableInitializerOperation? initializer = declarator.GetVariableInitializer();
            if (declarator.Symbol.IsRef)
            {
                // `ref var alias = ref x;`: writes through the alias are writes of x that no one sees.
                history.Unknown = true;
                if (initializer?.Value is ILocalReferenceOperation aliased)
                {
                    Of(aliased.Local).Unknown = true;
                }

                return;
            }

            if (initializer != null)
            {
                history.Writes.Add(new LocalWrite(declarator.Syntax, initializer.Value, function));
            }
        }

        private void Mention(ILocalReferenceOperation reference, IMethodSymbol? function)
        {
            LocalHistory history = Of(reference.Local);
            if (reference.IsDeclaration)
            {
                // `out var x`, `var (a, b) = …`: declared and written by the construct.
                history.Unknown = true;
                return;
            }

            IOperation node = reference;
            while (node.Parent is IParenthesizedOperation)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == node:
                    if (assignment.IsRef)
                    {
                        history.Unknown = true;
                    }
                    else
                    {
                        history.Writes.Add(new LocalWrite(assignment.Syntax, assignment.Value, function));
                    }

                    return;
                case ICoalesceAssignmentOperation fallback when fallback.Target == node:
                    // A conditional write: the graph runs it only where the local is null, so it kills nothing elsewhere.
                    history.Writes.Add(new LocalWrite(fallback.Syntax, fallback.Value, function));
                    return;
                case ICompoundAssignmentOperation compound when compound.Target == node:
                case IIncrementOrDecrementOperation increment when increment.Target == node:
                case IAddressOfOperation _:
                    history.Unknown = true;
                    return;
                case IArgumentOperation argument when IsByReference(argument):
                    history.Unknown = true;
                    return;
                case ITupleOperation tuple when IsDeconstructed(tuple):
                    history.Unknown = true;
                    return;
            }

            if (IsHandOver(node, function, history))
            {
                history.HandOvers.Add(reference);
            }
        }

        private static bool IsByReference(IArgumentOperation argument)
            => (argument.Parameter != null && argument.Parameter.RefKind != RefKind.None && argument.Parameter.RefKind != RefKind.In)
               || (argument.Syntax is ArgumentSyntax syntax && (syntax.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || syntax.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)));

        // (a, b) = …, ((a, b), c) = …: a tuple on the left of a deconstruction writes each of its elements.
        private static bool IsDeconstructed(ITupleOperation tuple)
        {
            IOperation node = tuple;
            while (node.Parent is ITupleOperation || node.Parent is IConversionOperation)
            {
                node = node.Parent;
            }

            return node.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == node;
        }

        /// <summary>A read that lets the object go: anything but a member access on it, or a stream read from it (a form read into content).</summary>
        private static bool IsHandOver(IOperation node, IMethodSymbol? function, LocalHistory history)
        {
            if (!SymbolEqualityComparer.Default.Equals(function, history.Function))
            {
                return true;
            }

            switch (node.Parent)
            {
                case IMemberReferenceOperation member when member.Instance == node:
                    return false;
                case IInvocationOperation invocation when invocation.Instance == node:
                    string name = invocation.TargetMethod.Name;
                    return name.StartsWith("ReadAs", StringComparison.Ordinal) || name.StartsWith("CopyTo", StringComparison.Ordinal);
                default:
                    return true;
            }
        }

        private void MarkUnknown(System.Collections.Immutable.ImmutableArray<ILocalSymbol> locals)
        {
            foreach (ILocalSymbol local in locals)
            {
                Of(local).Unknown = true;
            }
        }
    }
}
