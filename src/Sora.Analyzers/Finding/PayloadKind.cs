using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// What differs between the payloads completed after their creation (<see cref="CompletedPayloads"/>): which type
    /// holds one, how a write names its key and carries its value, and how a fix adds a model to it.
    /// </summary>
    internal abstract class PayloadKind
    {
        /// <summary>A payload with no write after its creation is an initializer's request, found as such; a form is one with Adds in its initializer only.</summary>
        public abstract bool NeedsWritesAfterCreation { get; }

        /// <summary>True for a form: every field added is sent, though the API reads the first of a name; a dictionary sends one value per key.</summary>
        public abstract bool EveryWriteIsSent { get; }

        public abstract bool IsPayloadType(ITypeSymbol? type);

        /// <summary>Reads <paramref name="operation"/> (an initializer element, or a member write on the payload's local) as a write of one key.</summary>
        public abstract bool TryRead(IOperation operation, out PayloadWrite write);

        /// <summary>Reads the field of <paramref name="write"/> into <paramref name="builder"/>, and its value when <paramref name="value"/> (the value the API reads).</summary>
        public abstract void Read(PayloadWrite write, bool value, VideoRequestBuilder builder, CancellationToken cancellationToken);

        /// <summary>The request of the payload created by <paramref name="creation"/> into the local written at <paramref name="target"/>, from its writes that reach where it is sent.</summary>
        public abstract VideoRequest? Build(VideoRequestBuilder builder, IObjectCreationOperation creation, SyntaxNode target, IReadOnlyList<PayloadWrite> writes);

        /// <summary>The statement a write is removed with, or the write itself.</summary>
        protected static SyntaxNode Removable(SyntaxNode write) => write.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax statement ? statement : write;
    }
}
