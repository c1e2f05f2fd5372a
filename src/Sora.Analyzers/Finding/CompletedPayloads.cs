using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// A payload completed after its creation (docs/design.md, "What counts as a value"): a dictionary or <c>JsonObject</c>
    /// body written with <c>body["k"] = v</c>, <c>Add</c>, <c>TryAdd</c>, or a multipart form written with its <c>Add</c>s,
    /// on the local it was created into. Each key of the payload is a variable of its own, and its value is what reaches
    /// where the local is handed on (sent, returned, passed) on the body's control-flow graph — or the end of the body when
    /// it is never handed on in sight (docs/design.md, "Flow"). A write after the hand-over does not count; an indexer
    /// write kills the earlier values of its key; an <c>Add</c> counts only where its key may be absent; a write in a
    /// lambda may run at any time, so its value joins the others. A local written in a way that gives no value is left
    /// alone. Built once per payload and shared by all its writes; one instance per kind and compilation, safe under
    /// concurrent execution.
    /// </summary>
    internal sealed class CompletedPayloads
    {
        private readonly PayloadKind _kind;
        private readonly ConcurrentDictionary<SyntaxNode, CompletedPayload?> _payloads = new ConcurrentDictionary<SyntaxNode, CompletedPayload?>();

        public CompletedPayloads(PayloadKind kind) => _kind = kind;

        /// <summary>Is <paramref name="local"/> of a type that holds payloads of this kind?</summary>
        public bool IsBodyLocal(ILocalSymbol local) => _kind.IsPayloadType(local.Type);

        /// <summary>The payload created by <paramref name="creation"/>; null when it is no payload of this kind completed in sight.</summary>
        public CompletedPayload? FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
            // A cancelled build leaves no entry behind: GetOrAdd stores nothing when the factory throws.
            => _kind.IsPayloadType(creation.Type) ? _payloads.GetOrAdd(creation.Syntax, _ => Build(creation, cancellationToken)) : null;

        /// <summary>The payload <paramref name="write"/> (a member write on a local, or an element of a creation's initializer) completes, when it counts there.</summary>
        public CompletedPayload? FromWrite(IOperation write, CancellationToken cancellationToken)
        {
            if (write.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
            {
                return FromCreation(creation, cancellationToken) is CompletedPayload created && created.Writes.Contains(write.Syntax) ? created : null;
            }

            IOperation? receiver = write switch
            {
                IInvocationOperation invocation => invocation.Instance,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation indexer } => indexer.Instance,
                _ => null,
            };
            if (!(receiver is ILocalReferenceOperation reference)
                || !(BodyFlow.Of(write).Locals(cancellationToken).Get(reference.Local) is LocalHistory history))
            {
                return null;
            }

            foreach (LocalWrite localWrite in history.Writes)
            {
                if (localWrite.Value.WithoutImplicitConversions() is IObjectCreationOperation source
                    && FromCreation(source, cancellationToken) is CompletedPayload payload
                    && payload.Writes.Contains(write.Syntax))
                {
                    return payload;
                }
            }

            return null;
        }

        private CompletedPayload? Build(IObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            if (!(Target(creation) is (ILocalSymbol local, SyntaxNode target))
                || local.IsRef
                || !(BodyFlow.Of(creation) is BodyFlow body)
                || !(body.Locals(cancellationToken).Get(local) is LocalHistory history)
                || !history.Declared
                || history.Unknown
                || history.WrittenInANestedFunction
                || !SymbolEqualityComparer.Default.Equals(BodyFlow.FunctionOf(creation), history.Function))
            {
                return null;
            }

            // The creation's elements, the first of each key (a body's later duplicate is not what the API reads).
            var elements = new Dictionary<string, PayloadWrite>();
            var keys = new List<string>();
            if (creation.Initializer != null)
            {
                foreach (IOperation element in creation.Initializer.Initializers)
                {
                    if (_kind.TryRead(element, out PayloadWrite write) && !elements.ContainsKey(write.Key))
                    {
                        elements[write.Key] = write;
                        keys.Add(write.Key);
                    }
                }
            }

            var later = new List<PayloadWrite>();
            var inLambdas = new List<PayloadWrite>();
            foreach (IOperation memberWrite in history.MemberWrites)
            {
                if (_kind.TryRead(memberWrite, out PayloadWrite write))
                {
                    (SymbolEqualityComparer.Default.Equals(BodyFlow.FunctionOf(memberWrite), history.Function) ? later : inLambdas).Add(write);
                    if (!elements.ContainsKey(write.Key) && !keys.Contains(write.Key))
                    {
                        keys.Add(write.Key);
                    }
                }
            }

            // Without a model, seconds or size key the payload is no request whatever reaches where it goes: no graph for it.
            if ((later.Count + inLambdas.Count == 0 && (_kind.NeedsWritesAfterCreation || elements.Count == 0))
                || !keys.Exists(key => RequestMemberNames.TryGet(key, ignoreCase: false, out _)))
            {
                return null;
            }

            // Variable 0 is the local itself (which object it holds): a write where another object may be held is not this payload's.
            var localDefinitions = new List<FlowDefinition>();
            int created = -1;
            foreach (LocalWrite localWrite in history.Writes)
            {
                created = localWrite.At == target ? localDefinitions.Count : created;
                localDefinitions.Add(new FlowDefinition(0, localWrite.At, DefinitionKind.Set));
            }

            if (created < 0)
            {
                return null;
            }

            if (history.Writes.Count > 1)
            {
                if (!(body.Solve(target, history.Function, () => localDefinitions, cancellationToken) is ReachingDefinitions objects))
                {
                    return null;
                }

                later.RemoveAll(write => !(objects.At(write.Operation.Syntax, cancellationToken) is int[] held && System.Array.IndexOf(held, created) >= 0));
            }

            // Each key is a variable of its own; in a form each Add is also a field of its own, sent whatever the first of its name holds.
            var definitions = new List<FlowDefinition>(localDefinitions);
            var values = new List<PayloadWrite?>();
            var fields = new List<PayloadWrite?>();
            foreach (FlowDefinition unused in localDefinitions)
            {
                values.Add(null);
                fields.Add(null);
            }

            var variables = new Dictionary<string, int>();
            foreach (string key in keys)
            {
                variables[key] = variables.Count + 1;
                bool written = elements.TryGetValue(key, out PayloadWrite element);
                definitions.Add(new FlowDefinition(variables[key], creation.Syntax, written ? DefinitionKind.Set : DefinitionKind.Absent));
                values.Add(written ? element : (PayloadWrite?)null);
                fields.Add(null);
                if (written && _kind.EveryWriteIsSent)
                {
                    definitions.Add(new FlowDefinition(-definitions.Count, creation.Syntax, DefinitionKind.Set));
                    values.Add(null);
                    fields.Add(element);
                }
            }

            foreach (PayloadWrite write in later)
            {
                definitions.Add(new FlowDefinition(variables[write.Key], write.Operation.Syntax, write.Kind));
                values.Add(write);
                fields.Add(null);
                if (_kind.EveryWriteIsSent)
                {
                    definitions.Add(new FlowDefinition(-definitions.Count, write.Operation.Syntax, DefinitionKind.Set));
                    values.Add(null);
                    fields.Add(write);
                }
            }

            if (!(body.Solve(creation.Syntax, history.Function, () => definitions, cancellationToken) is ReachingDefinitions solution))
            {
                return null;
            }

            var reaching = new SortedSet<int>();
            bool handedOn = false;
            foreach (ILocalReferenceOperation handOver in history.HandOvers)
            {
                int[]? atHandOver = ReadPoint(handOver, history.Function) is SyntaxNode point ? solution.At(point, cancellationToken) : solution.AtExit();
                if (atHandOver != null && System.Array.IndexOf(atHandOver, created) >= 0)
                {
                    handedOn = true;
                    reaching.UnionWith(atHandOver);
                }
            }

            if (!handedOn)
            {
                reaching.UnionWith(solution.AtExit());
            }

            // The writes in code order, each with whether its value and its field are sent; a lambda's may run at any time.
            var counted = new SortedDictionary<int, (PayloadWrite Write, bool Value)>();
            foreach (int definition in reaching)
            {
                if (values[definition] is PayloadWrite value)
                {
                    counted[value.Operation.Syntax.SpanStart] = (value, true);
                }
                else if (fields[definition] is PayloadWrite field && !counted.ContainsKey(field.Operation.Syntax.SpanStart))
                {
                    counted[field.Operation.Syntax.SpanStart] = (field, false);
                }
            }

            foreach (PayloadWrite write in inLambdas)
            {
                counted[write.Operation.Syntax.SpanStart] = (write, true);
            }

            var builder = new VideoRequestBuilder { JoinsLaterValues = true };
            var nodes = new HashSet<SyntaxNode>();
            var sent = new List<PayloadWrite>();
            foreach ((PayloadWrite write, bool value) in counted.Values)
            {
                _kind.Read(write, value, builder, cancellationToken);
                nodes.Add(write.Operation.Syntax);
                sent.Add(write);
            }

            VideoRequest? request = _kind.Build(builder, creation, target, sent);
            return request == null ? null : new CompletedPayload(request, creation.Syntax, nodes);
        }

        /// <summary>The local a creation is stored in, and the node that stores it (its declarator or assignment).</summary>
        private static (ILocalSymbol Local, SyntaxNode Target)? Target(IObjectCreationOperation creation)
        {
            IOperation node = creation;
            while (node.Parent is IConversionOperation { IsImplicit: true })
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return (declarator.Symbol, declarator.Syntax);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation reference } assignment when assignment.Value == node:
                    return (reference.Local, assignment.Syntax);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Where a hand-over happens in the flow of the local's function: the read itself, or, for a read in a lambda, the
        /// lambda (handed on when the lambda is made); null for a read in a local function (it may run at the end).
        /// </summary>
        private static SyntaxNode? ReadPoint(ILocalReferenceOperation read, IMethodSymbol? function)
        {
            SyntaxNode point = read.Syntax;
            for (IOperation? node = read.Parent; node != null; node = node.Parent)
            {
                if (node is IAnonymousFunctionOperation lambda)
                {
                    if (SymbolEqualityComparer.Default.Equals(lambda.Symbol, function))
                    {
                        return point;
                    }

                    point = lambda.Syntax;
                }
                else if (node is ILocalFunctionOperation localFunction)
                {
                    if (SymbolEqualityComparer.Default.Equals(localFunction.Symbol, function))
                    {
                        return point;
                    }

                    return null;
                }
            }

            return point;
        }

    }
}
