using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// The compiler's control-flow graph of one function (a method body, a lambda, a local function) and where each node
    /// of its code runs in it: the block, and the order within the block, children before parents (an assignment's value
    /// is read before the assignment writes). Reaching definitions are solved on it (docs/design.md, "Flow").
    /// Built lazily, once per function, and shared by every question about it: safe under concurrent execution.
    /// </summary>
    internal sealed class FunctionFlow
    {
        private readonly ControlFlowGraph _graph;
        private Dictionary<SyntaxNode, FlowPosition>? _positions;
        private Edges? _edges;

        public FunctionFlow(ControlFlowGraph graph) => _graph = graph;

        public ControlFlowGraph Graph => _graph;

        /// <summary>Where <paramref name="node"/> runs; false for a node the graph does not hold (another function's).</summary>
        public bool TryGetPosition(SyntaxNode node, CancellationToken cancellationToken, out FlowPosition position)
            => Positions(cancellationToken).TryGetValue(node, out position);

        /// <summary>
        /// The definitions of <paramref name="definitions"/> that reach each point of the function; null when one of them is
        /// not in this function's graph.
        /// </summary>
        public ReachingDefinitions? Solve(IReadOnlyList<FlowDefinition> definitions, CancellationToken cancellationToken)
        {
            ImmutableArray<BasicBlock> blocks = _graph.Blocks;
            var events = new List<int>?[blocks.Length];
            var orders = new List<int>?[blocks.Length];
            for (int i = 0; i < definitions.Count; i++)
            {
                if (!TryGetPosition(definitions[i].At, cancellationToken, out FlowPosition position))
                {
                    return null;
                }

                // Definitions come in code order per variable; within a block they are kept sorted by order.
                List<int> blockEvents = events[position.Block] ??= new List<int>();
                List<int> blockOrders = orders[position.Block] ??= new List<int>();
                int at = blockOrders.Count;
                while (at > 0 && blockOrders[at - 1] > position.Order)
                {
                    at--;
                }

                blockEvents.Insert(at, i);
                blockOrders.Insert(at, position.Order);
            }

            var solution = new ReachingDefinitions(this, definitions, events, orders);
            solution.Run(Edges(), cancellationToken);
            return solution;
        }

        private Dictionary<SyntaxNode, FlowPosition> Positions(CancellationToken cancellationToken)
        {
            Dictionary<SyntaxNode, FlowPosition>? positions = Volatile.Read(ref _positions);
            if (positions != null)
            {
                return positions;
            }

            positions = new Dictionary<SyntaxNode, FlowPosition>();
            var pending = new Stack<IOperation>();
            var postOrder = new Stack<IOperation>();
            foreach (BasicBlock block in _graph.Blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int order = 0;
                foreach (IOperation operation in block.Operations)
                {
                    Number(operation, block.Ordinal, ref order, positions, pending, postOrder);
                }

                if (block.BranchValue != null)
                {
                    Number(block.BranchValue, block.Ordinal, ref order, positions, pending, postOrder);
                }
            }

            Interlocked.CompareExchange(ref _positions, positions, null);
            return _positions!;
        }

        // Children before their parent, left to right, without recursion (an expression may be thousands deep).
        private static void Number(IOperation root, int block, ref int order, Dictionary<SyntaxNode, FlowPosition> positions, Stack<IOperation> pending, Stack<IOperation> postOrder)
        {
            pending.Push(root);
            while (pending.Count > 0)
            {
                IOperation operation = pending.Pop();
                postOrder.Push(operation);
                foreach (IOperation child in operation.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            while (postOrder.Count > 0)
            {
                IOperation operation = postOrder.Pop();
                if (!positions.ContainsKey(operation.Syntax))
                {
                    positions[operation.Syntax] = new FlowPosition(block, order);
                }

                order++;
            }
        }

        private Edges Edges()
        {
            Edges? edges = Volatile.Read(ref _edges);
            if (edges == null)
            {
                Interlocked.CompareExchange(ref _edges, new Edges(_graph), null);
                edges = _edges!;
            }

            return edges;
        }
    }
}
