using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        public bool CanChangeModel => !IsOneOfSeveral && (Model != null ? Model.IsKnown && Model.Edit != ValueEditKind.None : ModelInsertion != null);

        /// <summary>
        /// True for one combination of a request whose values are sets (<see cref="RequestValue.Candidates"/>): a model
        /// switch for one combination could break the others, so none is offered.
        /// </summary>
        public bool IsOneOfSeveral { get; private set; }

        /// <summary>Whether a value of the request is a set of candidates.</summary>
        public bool HasCandidates => IsSet(Model) || IsSet(Seconds) || IsSet(Size);

        /// <summary>The same request with <paramref name="model"/> as its model (the policy drops the arms that are no Sora model).</summary>
        public VideoRequest WithModel(RequestValue? model)
            => new VideoRequest(Location, model, Seconds, Size, model == null ? ModelInsertion : null, DefaultModelLocation, Body, Fields) { IsOneOfSeveral = IsOneOfSeveral };

        /// <summary>
        /// Every combination of the candidates of its values, each a request of single values; the request itself when none
        /// is a set. Real code has a handful; past <see cref="MaxCombinations"/> the rest are not checked (missed, never guessed).
        /// </summary>
        public IEnumerable<VideoRequest> Combinations()
        {
            if (!HasCandidates)
            {
                return new[] { this };
            }

            return (from model in Options(Model, RequestProperty.Model)
                    from seconds in Options(Seconds, RequestProperty.Seconds)
                    from size in Options(Size, RequestProperty.Size)
                    select new VideoRequest(Location, model, seconds, size, model == null ? ModelInsertion : null, DefaultModelLocation, Body, Fields) { IsOneOfSeveral = true })
                .Take(MaxCombinations);
        }

        private const int MaxCombinations = 64;

        private static bool IsSet(RequestValue? value) => value != null && !value.Candidates.IsEmpty;

        // A candidate of a type the API cannot take for the value (an enum arm) is no value of it.
        private static IEnumerable<RequestValue?> Options(RequestValue? value, RequestProperty property)
            => value == null || value.Candidates.IsEmpty
                ? new[] { value }
                : value.Candidates.Where(c => !c.IsKnown || RequestValueTypes.Fits(property, c)).Select(c => (RequestValue?)c);
    }
}
