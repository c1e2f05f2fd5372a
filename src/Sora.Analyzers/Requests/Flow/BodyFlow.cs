using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>
    /// One body's flow (docs/design.md, "Flow"): the index of what it does to its locals, built on the first question, and
    /// the compiler's control-flow graph of the body and of its lambdas and local functions, built only when a question
    /// needs one (a local written more than once, a payload completed after its creation). Kept as long as the body's
    /// operation tree lives, and shared by every finder and every thread that asks about the body.
    /// </summary>
    internal sealed class BodyFlow
    {
        private static readonly ConditionalWeakTable<IOperation, BodyFlow> Bodies = new ConditionalWeakTable<IOperation, BodyFlow>();

        private readonly IOperation _root;
        private readonly object _gate = new object();
        private LocalWriteIndex? _locals;
        private FunctionFlow? _body;
        private bool _bodyBuilt;
        private readonly Dictionary<IMethodSymbol, FunctionFlow?> _functions = new Dictionary<IMethodSymbol, FunctionFlow?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<object, ReachingDefinitions?> _solutions = new ConcurrentDictionary<object, ReachingDefinitions?>();

        private BodyFlow(IOperation root) => _root = root;

        /// <summary>The flow of the body <paramref name="operation"/> belongs to.</summary>
        public static BodyFlow Of(IOperation operation)
        {
            IOperation root = operation;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            return Bodies.GetValue(root, r => new BodyFlow(r));
        }

        public LocalWriteIndex Locals(CancellationToken cancellationToken)
        {
            LocalWriteIndex? locals = Volatile.Read(ref _locals);
            if (locals == null)
            {
                Interlocked.CompareExchange(ref _locals, new LocalWriteIndex(_root, cancellationToken), null);
                locals = _locals!;
            }

            return locals;
        }

        /// <summary>The lambda or local function <paramref name="operation"/> is in; null for the body itself.</summary>
        public static IMethodSymbol? FunctionOf(IOperation operation)
        {
            for (IOperation? node = operation.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case IAnonymousFunctionOperation lambda:
                        return lambda.Symbol;
                    case ILocalFunctionOperation localFunction:
                        return localFunction.Symbol;
                }
            }

            return null;
        }

        /// <summary>
        /// The reaching definitions of <paramref name="definitions"/> in <paramref name="function"/>, solved once per
        /// <paramref name="key"/> (a local, a payload); null when the function has no graph or a definition is not in it.
        /// </summary>
        public ReachingDefinitions? Solve(object key, IMethodSymbol? function, Func<IReadOnlyList<FlowDefinition>> definitions, CancellationToken cancellationToken)
        {
            if (_solutions.TryGetValue(key, out ReachingDefinitions? solved))
            {
                return solved;
            }

            FunctionFlow? flow = Function(function, cancellationToken);
            solved = flow?.Solve(definitions(), cancellationToken);
            return _solutions.GetOrAdd(key, solved);
        }

        private FunctionFlow? Function(IMethodSymbol? function, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (!_bodyBuilt)
                {
                    _body = Create(_root, cancellationToken) is ControlFlowGraph graph ? new FunctionFlow(graph) : null;
                    _bodyBuilt = true;
                }

                if (function == null || _body == null)
                {
                    return _body;
                }

                if (!_functions.TryGetValue(function, out FunctionFlow? found))
                {
                    found = Find(_body.Graph, function, cancellationToken) is ControlFlowGraph nested ? new FunctionFlow(nested) : null;
                    _functions[function] = found;
                }

                return found;
            }
        }

        private static ControlFlowGraph? Create(IOperation root, CancellationToken cancellationToken)
        {
            try
            {
                return root switch
                {
                    IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellationToken),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
                    IBlockOperation block => ControlFlowGraph.Create(block, cancellationToken),
                    IFieldInitializerOperation field => ControlFlowGraph.Create(field, cancellationToken),
                    IPropertyInitializerOperation property => ControlFlowGraph.Create(property, cancellationToken),
                    IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter, cancellationToken),
                    _ => null,
                };
            }
            catch (ArgumentException)
            {
                // An operation tree the compiler builds no graph for (not a body's root): its locals stay unknown.
                return null;
            }
        }

        // A lambda's or local function's graph, searched from the body's graph down through the functions nested in it.
        private static ControlFlowGraph? Find(ControlFlowGraph graph, IMethodSymbol function, CancellationToken cancellationToken)
        {
            var pending = new Queue<ControlFlowGraph>();
            pending.Enqueue(graph);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ControlFlowGraph current = pending.Dequeue();
                foreach (IMethodSymbol localFunction in current.LocalFunctions)
                {
                    ControlFlowGraph nested = current.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken);
                    if (SymbolEqualityComparer.Default.Equals(localFunction, function))
                    {
                        return nested;
                    }

                    pending.Enqueue(nested);
                }

                foreach (BasicBlock block in current.Blocks)
                {
                    foreach (IOperation operation in RootsOf(block))
                    {
                        foreach (IOperation node in operation.DescendantsAndSelf())
                        {
                            if (node is IFlowAnonymousFunctionOperation lambda)
                            {
                                ControlFlowGraph nested = current.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                                if (SymbolEqualityComparer.Default.Equals(lambda.Symbol, function))
                                {
                                    return nested;
                                }

                                pending.Enqueue(nested);
                            }
                        }
                    }
                }
            }

            return null;
        }

        private static IEnumerable<IOperation> RootsOf(BasicBlock block)
        {
            foreach (IOperation operation in block.Operations)
            {
                yield return operation;
            }

            if (block.BranchValue != null)
            {
                yield return block.BranchValue;
            }
        }
    }
}
