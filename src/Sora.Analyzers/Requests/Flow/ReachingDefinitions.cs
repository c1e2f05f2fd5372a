using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// Which definitions reach each point of one function (docs/design.md, "Flow"): a definition reaches a point when some
    /// path leads from it to the point with no other definition of its variable in between. Solved forward over the
    /// blocks until nothing changes; a loop carries what its end holds back to its start.
    /// </summary>
    internal sealed class ReachingDefinitions
    {
        private readonly FunctionFlow _function;
        private readonly IReadOnlyList<FlowDefinition> _definitions;
        private readonly List<int>?[] _events;
        private readonly List<int>?[] _orders;
        private readonly DefinitionSet[] _in;
        private readonly DefinitionSet[] _out;
        private readonly Dictionary<int, DefinitionSet> _variables = new Dictionary<int, DefinitionSet>();
        private readonly Dictionary<int, DefinitionSet> _absent = new Dictionary<int, DefinitionSet>();

        public ReachingDefinitions(FunctionFlow function, IReadOnlyList<FlowDefinition> definitions, List<int>?[] events, List<int>?[] orders)
        {
            _function = function;
            _definitions = definitions;
            _events = events;
            _orders = orders;
            _in = new DefinitionSet[events.Length];
            _out = new DefinitionSet[events.Length];
            for (int i = 0; i < definitions.Count; i++)
            {
                Of(_variables, definitions[i].Variable).Add(i);
                if (definitions[i].Kind == DefinitionKind.Absent)
                {
                    Of(_absent, definitions[i].Variable).Add(i);
                }
            }
        }

        /// <summary>The definitions that reach <paramref name="node"/> (read before it runs); null when the node is not in the function.</summary>
        public int[]? At(SyntaxNode node, CancellationToken cancellationToken)
        {
            if (!_function.TryGetPosition(node, cancellationToken, out FlowPosition position))
            {
                return null;
            }

            DefinitionSet state = _in[position.Block].Copy();
            Apply(state, position.Block, position.Order);
            return state.ToArray();
        }

        /// <summary>The definitions that reach the end of the function.</summary>
        public int[] AtExit() => _in[_in.Length - 1].ToArray();

        public void Run(Edges edges, CancellationToken cancellationToken)
        {
            int count = _in.Length;
            for (int i = 0; i < count; i++)
            {
                _in[i] = new DefinitionSet(_definitions.Count);
                _out[i] = new DefinitionSet(_definitions.Count);
            }

            var queued = new bool[count];
            var work = new Queue<int>();
            for (int i = 0; i < count; i++)
            {
                work.Enqueue(i);
                queued[i] = true;
            }

            while (work.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int block = work.Dequeue();
                queued[block] = false;

                // What reaches a block only grows: the solution is reached in at most one change per definition and block.
                foreach (int predecessor in edges.Predecessors[block])
                {
                    _in[block].UnionWith(_out[predecessor]);
                }

                foreach (int tryBlock in edges.TrySources[block])
                {
                    _in[block].UnionWith(_in[tryBlock]);
                    _in[block].UnionWith(_out[tryBlock]);
                }

                DefinitionSet output = _in[block].Copy();
                Apply(output, block, int.MaxValue);
                if (output.SetEquals(_out[block]))
                {
                    continue;
                }

                _out[block] = output;
                foreach (int successor in edges.Successors[block])
                {
                    if (!queued[successor])
                    {
                        queued[successor] = true;
                        work.Enqueue(successor);
                    }
                }
            }
        }

        // The definitions of a block, in order, up to (not including) the node at `before`.
        private void Apply(DefinitionSet state, int block, int before)
        {
            List<int>? events = _events[block];
            List<int>? orders = _orders[block];
            if (events == null || orders == null)
            {
                return;
            }

            for (int i = 0; i < events.Count && orders[i] < before; i++)
            {
                int definition = events[i];
                FlowDefinition write = _definitions[definition];
                if (write.Kind == DefinitionKind.AddIfAbsent)
                {
                    // Add and TryAdd write a key only where it is still absent: where it holds a value, that value stays.
                    DefinitionSet? absent = _absent.TryGetValue(write.Variable, out DefinitionSet? a) ? a : null;
                    bool holdsNothing = !state.Overlaps(_variables[write.Variable]);
                    if (!holdsNothing && (absent == null || !state.Overlaps(absent)))
                    {
                        continue;
                    }

                    if (absent != null)
                    {
                        state.ExceptWith(absent);
                    }
                }
                else
                {
                    state.ExceptWith(_variables[write.Variable]);
                }

                state.Add(definition);
            }
        }

        private DefinitionSet Of(Dictionary<int, DefinitionSet> sets, int variable)
        {
            if (!sets.TryGetValue(variable, out DefinitionSet? set))
            {
                sets[variable] = set = new DefinitionSet(_definitions.Count);
            }

            return set;
        }
    }
}
