using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// What every finder produces: the model, seconds and size of one request to the video API,
    /// whatever code shape built it. Absent values are null (the API then uses its defaults).
    /// </summary>
    internal sealed class VideoRequest
    {
        public VideoRequest(Location location, RequestValue? model, RequestValue? seconds, RequestValue? size, InsertionSite? modelInsertion = null)
        {
            Location = location;
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

        /// <summary>True when a fix can set the model: rewrite the one written, or add one.</summary>
        public bool CanChangeModel => Model != null ? Model.IsKnown && Model.Edit != ValueEditKind.None : ModelInsertion != null;
    }
}
