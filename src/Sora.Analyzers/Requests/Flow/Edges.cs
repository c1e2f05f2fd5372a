using System.Collections.Generic;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// Which blocks' definitions flow into each block of a graph. Beside the graph's branches: a <c>catch</c>, filter or
    /// <c>finally</c> region may start after any block of its <c>try</c> (what that block received or wrote), and a branch
    /// that leaves through <c>finally</c> runs it first — the graph gives these no branch.
    /// </summary>
    internal sealed class Edges
    {
        public Edges(ControlFlowGraph graph)
        {
            int count = graph.Blocks.Length;
            Predecessors = new List<int>[count];
            TrySources = new List<int>[count];
            Successors = new List<int>[count];
            for (int i = 0; i < count; i++)
            {
                Predecessors[i] = new List<int>();
                TrySources[i] = new List<int>();
                Successors[i] = new List<int>();
            }

            foreach (BasicBlock block in graph.Blocks)
            {
                Branch(block, block.FallThroughSuccessor);
                Branch(block, block.ConditionalSuccessor);
                for (ControlFlowRegion? region = block.EnclosingRegion; region != null && region.FirstBlockOrdinal == block.Ordinal; region = region.EnclosingRegion)
                {
                    if (region.Kind == ControlFlowRegionKind.Catch || region.Kind == ControlFlowRegionKind.Filter
                        || region.Kind == ControlFlowRegionKind.FilterAndHandler || region.Kind == ControlFlowRegionKind.Finally)
                    {
                        AddTrySources(block.Ordinal, region);
                    }
                }
            }
        }

        /// <summary>The blocks whose outgoing definitions reach the start of a block.</summary>
        public List<int>[] Predecessors { get; }

        /// <summary>The blocks of the <c>try</c> a handler starts after: what they received and what they wrote reach it.</summary>
        public List<int>[] TrySources { get; }

        /// <summary>The blocks to look at again when a block's definitions change.</summary>
        public List<int>[] Successors { get; }

        private void Branch(BasicBlock source, ControlFlowBranch? branch)
        {
            if (!(branch?.Destination is BasicBlock destination))
            {
                return;
            }

            // A branch that leaves through finally regions runs each of them, innermost first, before its destination.
            int from = source.Ordinal;
            foreach (ControlFlowRegion finallyRegion in branch.FinallyRegions)
            {
                Link(from, finallyRegion.FirstBlockOrdinal);
                from = finallyRegion.LastBlockOrdinal;
            }

            Link(from, destination.Ordinal);
        }

        private void Link(int source, int destination)
        {
            Predecessors[destination].Add(source);
            Successors[source].Add(destination);
        }

        private void AddTrySources(int handler, ControlFlowRegion region)
        {
            ControlFlowRegion? outer = region.EnclosingRegion;
            while (outer != null && outer.Kind != ControlFlowRegionKind.TryAndCatch && outer.Kind != ControlFlowRegionKind.TryAndFinally)
            {
                outer = outer.EnclosingRegion;
            }

            if (outer == null)
            {
                return;
            }

            foreach (ControlFlowRegion nested in outer.NestedRegions)
            {
                if (nested.Kind == ControlFlowRegionKind.Try)
                {
                    for (int block = nested.FirstBlockOrdinal; block <= nested.LastBlockOrdinal; block++)
                    {
                        TrySources[handler].Add(block);
                        Successors[block].Add(handler);
                    }
                }
            }
        }
    }
}
