using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// What every finder produces: the model, seconds and size of one request to the video API,
    /// whatever code shape built it. Absent values are null (the API then uses its defaults).
    /// </summary>
    internal sealed class VideoRequest
    {
        public VideoRequest(
            Location location,
            RequestValue? model,
            RequestValue? seconds,
            RequestValue? size,
            InsertionSite? modelInsertion = null,
            Location? defaultModelLocation = null,
            RequestBody body = RequestBody.None,
            ImmutableArray<BodyField> fields = default)
        {
            Location = location;
            DefaultModelLocation = defaultModelLocation ?? location;
            Body = body;
            Fields = fields.IsDefault ? ImmutableArray<BodyField>.Empty : fields;
            Model = model;
            Seconds = seconds;
            Size = size;
            ModelInsertion = modelInsertion;
        }

        /// <summary>The node that builds the request (the call, the payload): where a fix adds a missing model.</summary>
        public Location Location { get; }

        public RequestValue? Model { get; }

        public RequestValue? Seconds { get; }

        public RequestValue? Size { get; }

        /// <summary>Where a fix adds a model when <see cref="Model"/> is null; null when it cannot.</summary>
        public InsertionSite? ModelInsertion { get; }

        /// <summary>Where a request that names no model is reported for the table's default model: a call's method name, a payload's <c>new</c>, a JSON object's brace.</summary>
        public Location DefaultModelLocation { get; }

        /// <summary>What the request's values are written into: the API reads a JSON body's numbers as numbers (SORA005).</summary>
        public RequestBody Body { get; }

        /// <summary>Every field of the body, request values included, for the unknown-parameter check; empty for a call's arguments.</summary>
        public ImmutableArray<BodyField> Fields { get; }

        /// <summary>True when a fix can set the model: rewrite the one written, or add one.</summary>
        public bool CanChangeModel => Model != null ? Model.IsKnown && Model.Edit != ValueEditKind.None : ModelInsertion != null;
    }
}
