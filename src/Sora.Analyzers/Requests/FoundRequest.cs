using Microsoft.CodeAnalysis;
using Sora.Analyzers.Policy;

namespace Sora.Analyzers.Requests
{
    /// <summary>How a found request is built, which is what the policy needs to know beside its values.</summary>
    internal enum RequestShape
    {
        /// <summary>The arguments of a call (<c>CreateVideoAsync(prompt, model: "sora-2", seconds: 10)</c>, a wrapper's call): where it goes is known.</summary>
        Call,

        /// <summary>A body built in code or written as JSON text: it is a request when it names a video model or reaches a video call.</summary>
        Payload,

        /// <summary>A JSON object nested inside a JSON document: never the body a call sends, so a request only when it names a model itself.</summary>
        NestedJson,

        /// <summary>
        /// A payload completed after its creation, spread over several nodes (a multipart form's Adds, a dictionary's or
        /// <c>JsonObject</c>'s later writes): found once per node, decided once. Its body (JSON or form) is the request's.
        /// </summary>
        Form,
    }

    /// <summary>
    /// What a finder hands on: the request's values, its shape, and where its payload starts (where the policy follows
    /// it into a call). The policy (<see cref="Policy.SoraRequestPolicy"/>) decides whether it is checked.
    /// </summary>
    internal sealed class FoundRequest
    {
        public FoundRequest(VideoRequest request, RequestShape shape, SyntaxNode payload, EntryPoint callEntry = EntryPoint.None)
        {
            Request = request;
            Shape = shape;
            Payload = payload;
            CallEntry = callEntry;
        }

        /// <summary>For a <see cref="RequestShape.Call"/>: where the call goes (a Sora client, a wrapper's endpoint), or none.</summary>
        public EntryPoint CallEntry { get; }

        public VideoRequest Request { get; }

        public RequestShape Shape { get; }

        /// <summary>The expression whose value is sent (the payload, the JSON literal, a form's creation): where its flow starts.</summary>
        public SyntaxNode Payload { get; }
    }
}
