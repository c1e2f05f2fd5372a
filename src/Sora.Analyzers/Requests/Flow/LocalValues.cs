using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// A local's value at a read (docs/design.md, "Locals"): the values whose writes reach the read on some path. A local
    /// written once has that value wherever it is read, with no graph built (the common case, and the cheap one); a local
    /// written more than once is solved on the body's control-flow graph, once for all its reads. A local with a write
    /// that gives no value, or a write in a lambda or local function, is unknown.
    /// </summary>
    internal static class LocalValues
    {
        /// <summary>The value operations whose writes reach <paramref name="read"/>, in code order; null when the local's value is unknown there.</summary>
        public static IReadOnlyList<IOperation>? Reaching(ILocalReferenceOperation read, CancellationToken cancellationToken)
        {
            ILocalSymbol local = read.Local;
            BodyFlow body = BodyFlow.Of(read);
            if (local.IsRef
                || !(body.Locals(cancellationToken).Get(local) is LocalHistory history)
                || !history.Declared
                || history.Unknown
                || history.Writes.Count == 0
                || history.WrittenInANestedFunction)
            {
                return null;
            }

            List<LocalWrite> writes = history.Writes;
            if (writes.Count == 1)
            {
                // Definite assignment: a local written once holds that value wherever it can be read.
                return new[] { writes[0].Value };
            }

            // A lambda or local function reading a local written more than once may run after any of the writes.
            if (!SymbolEqualityComparer.Default.Equals(BodyFlow.FunctionOf(read), history.Function)
                || !(body.Solve(local, history.Function, () => Definitions(writes), cancellationToken) is ReachingDefinitions solution)
                || !(solution.At(read.Syntax, cancellationToken) is int[] reaching)
                || reaching.Length == 0)
            {
                return null;
            }

            var values = new IOperation[reaching.Length];
            for (int i = 0; i < reaching.Length; i++)
            {
                values[i] = writes[reaching[i]].Value;
            }

            return values;
        }

        /// <summary>
        /// The value of a local written exactly once (its initializer, or one assignment): the one write of the fast path,
        /// with no graph; null for any other local.
        /// </summary>
        public static IOperation? OnlyWrite(ILocalReferenceOperation read, CancellationToken cancellationToken)
            => !read.Local.IsRef
               && BodyFlow.Of(read).Locals(cancellationToken).Get(read.Local) is LocalHistory history
               && history.Declared
               && !history.Unknown
               && history.Writes.Count == 1
               && !history.WrittenInANestedFunction
                ? history.Writes[0].Value
                : null;

        private static IReadOnlyList<FlowDefinition> Definitions(List<LocalWrite> writes)
        {
            var definitions = new FlowDefinition[writes.Count];
            for (int i = 0; i < writes.Count; i++)
            {
                definitions[i] = new FlowDefinition(0, writes[i].At, DefinitionKind.Set);
            }

            return definitions;
        }
    }
}
