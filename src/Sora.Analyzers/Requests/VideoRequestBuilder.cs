using System.Threading;
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

        /// <summary>
        /// Reads <paramref name="value"/> as <paramref name="property"/>; a null constant or a value of a type the API cannot
        /// take is skipped. A value that is not <paramref name="editable"/> is reported but never rewritten by a fix.
        /// </summary>
        public void Read(RequestProperty property, IOperation value, CancellationToken cancellationToken, bool editable = true)
        {
            // The first value wins: a later one is not even read (reading a local walks its scope).
            if (Has(property))
            {
                return;
            }

            RequestValue? read = ConstantValueReader.Read(value, cancellationToken);
            if (read != null && (!read.IsKnown || RequestValueTypes.Fits(property, read)))
            {
                Set(property, editable ? read : read.WithoutEdit());
            }
        }

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

        private bool Has(RequestProperty property) => property switch
        {
            RequestProperty.Model => _model != null,
            RequestProperty.Seconds => _seconds != null,
            _ => _size != null,
        };

        /// <summary>The request, or null when no model, seconds or size was found.</summary>
        public VideoRequest? Build(Location location, InsertionSite? modelInsertion = null)
            => IsEmpty ? null : new VideoRequest(location, _model, _seconds, _size, _model == null ? modelInsertion : null);

        /// <summary>The request even when nothing was found (a call whose request values are all absent: the API's defaults).</summary>
        public VideoRequest BuildAlways(Location location, InsertionSite? modelInsertion = null)
            => new VideoRequest(location, _model, _seconds, _size, _model == null ? modelInsertion : null);
    }
}
