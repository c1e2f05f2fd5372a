using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>A payload completed after its creation: its request, its creation (where the policy follows it), and the writes that count.</summary>
    internal sealed class CompletedPayload
    {
        public CompletedPayload(VideoRequest request, SyntaxNode creation, HashSet<SyntaxNode> writes)
        {
            Request = request;
            Creation = creation;
            Writes = writes;
        }

        public VideoRequest Request { get; }

        public SyntaxNode Creation { get; }

        /// <summary>The writes whose values reach where the payload is sent: each reports what lies inside it.</summary>
        public HashSet<SyntaxNode> Writes { get; }

        public FoundRequest Found => new FoundRequest(Request, RequestShape.Form, Creation);
    }
}
