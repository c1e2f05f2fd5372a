using Microsoft.CodeAnalysis;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>How a found request is built, which is what the policy needs to know beside its values.</summary>
    internal enum RequestShape
    {
        /// <summary>The arguments of a call (<c>CreateVideoAsync(prompt, model: "sora-2", seconds: 10)</c>, a wrapper's call): where it goes is known.</summary>
        Call,

        /// <summary>A body built in code or written as JSON text: where it goes is followed from where it starts.</summary>
        Payload,

        /// <summary>A JSON object nested inside a JSON document: never the body a call sends, so a request only when it names a model itself.</summary>
        NestedJson,

        /// <summary>
        /// A payload completed after its creation, spread over several nodes (a multipart form's Adds, a dictionary's or
        /// <c>JsonObject</c>'s later writes): found once per node, decided once. Its body (JSON or form) is the request's.
        /// </summary>
        Form,

        /// <summary>
        /// A type's member defaults (<c>public string Model { get; set; } = "sora-2";</c>) or a method's parameter defaults:
        /// sent by every <c>new T()</c> or call that leaves them out, so reported once, at the defaults.
        /// </summary>
        Defaults,
    }

    /// <summary>
    /// What a finder hands on: the request's values, its shape, and where its payload starts (where the destination is
    /// followed from). The policy (<see cref="Policy.SoraRequestPolicy"/>) decides whether it is checked.
    /// </summary>
    internal sealed class FoundRequest
    {
        public FoundRequest(VideoRequest request, RequestShape shape, SyntaxNode payload, Destination? callDestination = null)
        {
            Request = request;
            Shape = shape;
            Payload = payload;
            CallDestination = callDestination;
        }

        /// <summary>For a <see cref="RequestShape.Call"/>: where the call goes (a listed method, the SDK, a wrapper's endpoint); null when nowhere known.</summary>
        public Destination? CallDestination { get; }

        public VideoRequest Request { get; }

        public RequestShape Shape { get; }

        /// <summary>The expression whose value is sent (the payload, the JSON literal, a form's creation): where its flow starts.</summary>
        public SyntaxNode Payload { get; }
    }
}
