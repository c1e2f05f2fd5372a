using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        private ImmutableArray<BodyField>.Builder? _fields;

        public bool IsEmpty => _model == null && _seconds == null && _size == null;

        public bool HasModel => _model != null;

        /// <summary>
        /// Reads <paramref name="value"/> as <paramref name="property"/>; a null constant or a value of a type the API cannot
        /// take is skipped. A value that is not <paramref name="editable"/> is reported but never rewritten by a fix.
        /// </summary>
        public void Read(RequestProperty property, IOperation value, CancellationToken cancellationToken, bool editable = true)
        {
            // In a body the first value wins: a later one is not even read.
            if (Has(property) && !JoinsLaterValues)
            {
                return;
            }

            RequestValue? read = ConstantValueReader.Read(value, cancellationToken);
            if (read == null || (read.IsKnown && !RequestValueTypes.Fits(property, read)))
            {
                return;
            }

            read = editable ? read : read.WithoutEdit();
            RequestValue? earlier = Get(property);
            if (earlier == null)
            {
                Set(property, read);
            }
            else
            {
                Replace(property, RequestValue.OneOf(read.Location, value, Alternatives(earlier).Concat(Alternatives(read)).ToImmutableArray()));
            }
        }

        /// <summary>
        /// What a value read for a property that already has one does: a body's later duplicate is ignored (false); the
        /// writes of a payload that reach where it is sent are each a candidate (true).
        /// </summary>
        public bool JoinsLaterValues { get; set; }

        private static IEnumerable<RequestValue> Alternatives(RequestValue value) => value.Candidates.IsEmpty ? new[] { value } : (IEnumerable<RequestValue>)value.Candidates;

        private RequestValue? Get(RequestProperty property) => property switch
        {
            RequestProperty.Model => _model,
            RequestProperty.Seconds => _seconds,
            _ => _size,
        };

        private void Replace(RequestProperty property, RequestValue value)
        {
            switch (property)
            {
                case RequestProperty.Model:
                    _model = value;
                    break;
                case RequestProperty.Seconds:
                    _seconds = value;
                    break;
                default:
                    _size = value;
                    break;
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

        public bool Has(RequestProperty property) => property switch
        {
            RequestProperty.Model => _model != null,
            RequestProperty.Seconds => _seconds != null,
            _ => _size != null,
        };

        /// <summary>The value read for <paramref name="property"/> is sent as a JSON string whatever its C# type.</summary>
        public void SendAsText(RequestProperty property)
        {
            if (property == RequestProperty.Seconds && _seconds != null)
            {
                _seconds = _seconds.SentAsText();
            }
        }

        /// <summary>A field of the body, in the order written (request values included: they are fields too).</summary>
        public void AddField(BodyField field) => (_fields ??= ImmutableArray.CreateBuilder<BodyField>()).Add(field);

        /// <summary>A body's request, or null when no model, seconds or size was found.</summary>
        public VideoRequest? Build(Location location, InsertionSite? modelInsertion, Location defaultModelLocation, RequestBody body)
            => IsEmpty ? null : new VideoRequest(location, _model, _seconds, _size, _model == null ? modelInsertion : null, defaultModelLocation, body, _fields?.ToImmutable() ?? ImmutableArray<BodyField>.Empty);

        /// <summary>A call's request even when nothing was found (a call whose request values are all absent: the API's defaults).</summary>
        public VideoRequest BuildAlways(Location location, InsertionSite? modelInsertion, Location defaultModelLocation)
            => new VideoRequest(location, _model, _seconds, _size, _model == null ? modelInsertion : null, defaultModelLocation);
    }
}
