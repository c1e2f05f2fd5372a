using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>Collects the values a finder meets, in any order; the first value of each property wins, as in a serialized payload read by the API.</summary>
    internal sealed class VideoRequestBuilder
    {
        private RequestValue? _model;
        private RequestValue? _seconds;
        private RequestValue? _size;

        public bool IsEmpty => _model == null && _seconds == null && _size == null;

        public bool HasModel => _model != null;

        public void Set(RequestProperty property, RequestValue value)
        {
            switch (property)
            {
                case RequestProperty.Model:
                    _model ??= value;
                    break;
                case RequestProperty.Seconds:
                    _seconds ??= value;
                    break;
                default:
                    _size ??= value;
                    break;
            }
        }

        /// <summary>The request, or null when no model, seconds or size was found.</summary>
        public VideoRequest? Build(Location location, ValueInsertion? modelInsertion = null)
            => IsEmpty ? null : new VideoRequest(location, _model, _seconds, _size, _model == null ? modelInsertion : null);
    }
}
