using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Requests.Flow;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// A dictionary or <c>JsonObject</c> body completed after its creation: <c>body["seconds"] = 10;</c>,
    /// <c>body.Add("size", "1280x720")</c>, <c>body.TryAdd(...)</c> on the local it was created into. One request with its
    /// initializer, read as every completed payload is (<see cref="CompletedPayloads"/>), reported write by write: each
    /// write reports what lies inside it. One instance per compilation; safe under concurrent execution.
    /// </summary>
    internal sealed class PayloadWritesFinder
    {
        private CompletedPayloads? _payloads;

        /// <summary>The request of a body created by <paramref name="creation"/> into a local that is written after; null for any other creation.</summary>
        public FoundRequest? FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
            => Payloads(creation)?.FromCreation(creation, cancellationToken)?.Found;

        /// <summary>The request <paramref name="write"/> (an indexer assignment or an Add/TryAdd call on a body local) belongs to; null otherwise.</summary>
        public FoundRequest? FromWrite(IOperation write, IOperation? receiver, CancellationToken cancellationToken)
            => receiver is ILocalReferenceOperation reference
               && Payloads(write) is CompletedPayloads payloads
               && payloads.IsBodyLocal(reference.Local)
                ? payloads.FromWrite(write, cancellationToken)?.Found
                : null;

        /// <summary>The cheap test for every assignment and call: an indexer or Add/TryAdd with a constant string key.</summary>
        public static bool MayWriteBody(IOperation key) => key.ConstantValue.HasValue && key.ConstantValue.Value is string;

        // The framework's body types are resolved on the first creation or write looked at, once for the compilation.
        private CompletedPayloads? Payloads(IOperation operation)
        {
            if (_payloads == null && operation.SemanticModel?.Compilation is Compilation compilation)
            {
                Interlocked.CompareExchange(ref _payloads, new CompletedPayloads(new BodyKind(CompilationTypes.Of(compilation))), null);
            }

            return _payloads;
        }

        /// <summary>A JSON body's keys: indexers set them, <c>Add</c> and <c>TryAdd</c> add them where absent.</summary>
        private sealed class BodyKind : PayloadKind
        {
            private readonly CompilationTypes _types;

            public BodyKind(CompilationTypes types) => _types = types;

            public override bool NeedsWritesAfterCreation => true;

            public override bool EveryWriteIsSent => false;

            public override bool IsPayloadType(ITypeSymbol? type) => _types.IsBodyType(type);

            public override bool TryRead(IOperation operation, out PayloadWrite write)
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                        when MayWriteBody(indexer.Arguments[0].Value):
                        write = new PayloadWrite(operation, (string)indexer.Arguments[0].Value.ConstantValue.Value!, indexer.Arguments[0].Value, assignment.Value, DefinitionKind.Set);
                        return true;
                    case IInvocationOperation { Arguments.Length: 2 } add
                        when (add.TargetMethod.Name == "Add" || add.TargetMethod.Name == "TryAdd") && MayWriteBody(add.Arguments[0].Value):
                        write = new PayloadWrite(operation, (string)add.Arguments[0].Value.ConstantValue.Value!, add.Arguments[0].Value, add.Arguments[1].Value, DefinitionKind.AddIfAbsent);
                        return true;
                    default:
                        write = default;
                        return false;
                }
            }

            // A key's value and its field are sent together: a value that does not reach the send is no field either.
            public override void Read(PayloadWrite write, bool value, VideoRequestBuilder builder, CancellationToken cancellationToken)
                => ObjectInitializerFinder.AddKeyed(builder, write.KeyOperation, write.Value!, Removable(write.Operation.Syntax), cancellationToken);

            public override VideoRequest? Build(VideoRequestBuilder builder, IObjectCreationOperation creation, SyntaxNode target, IReadOnlyList<PayloadWrite> writes)
            {
                InsertionSite? modelInsertion = creation.Initializer?.Syntax is InitializerExpressionSyntax initializer && !builder.HasModel && !initializer.OpenBraceToken.IsMissing
                    ? ObjectInitializerFinder.ModelInsertion(creation.Initializer, initializer, ObjectInitializerFinder.InitializerStyle.Indexer)
                    : null;
                return builder.Build(target.GetLocation(), modelInsertion, VideoCallFinder.NameLocation(creation.Syntax), RequestBody.Json);
            }
        }
    }
}
