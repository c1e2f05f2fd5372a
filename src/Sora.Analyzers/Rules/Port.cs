using System.Collections.Immutable;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// What moving a request to a removed model's replacement changes besides the model (SORA007's "Port to"): its
    /// <c>seconds</c> and <c>size</c>, each to the replacement's nearest supported value by the rules of the SORA001 and
    /// SORA003 fixes (on a tie, the smaller), and <c>seconds</c> into the JSON type the table takes.
    /// </summary>
    internal static class Port
    {
        public static ImmutableArray<ValueChange> Changes(VideoRequest request, RequestBody body, VideoModel target, SecondsType takes)
        {
            var changes = ImmutableArray.CreateBuilder<ValueChange>(2);
            if (SecondsChange(request.Seconds, body, target, takes) is ValueChange seconds)
            {
                changes.Add(seconds);
            }

            RequestValue? size = request.Size;
            if (size != null && size.IsKnown && size.Edit != ValueEditKind.None && !target.Sizes.IsEmpty && !target.SupportsSize(size.Text!))
            {
                changes.Add(new ValueChange(RequestProperty.Size, size, NearestValues.Sizes(size.Text!, target.Sizes)[0]));
            }

            return changes.ToImmutable();
        }

        /// <summary>The JSON type a port writes <c>seconds</c> in: only a JSON body has one, and only a table that says which.</summary>
        public static SecondsType? SecondsTypeFor(RequestBody body, SecondsType takes)
            => body == RequestBody.Json && takes != SecondsType.Any ? takes : (SecondsType?)null;

        private static ValueChange? SecondsChange(RequestValue? seconds, RequestBody body, VideoModel target, SecondsType takes)
        {
            if (seconds == null || !seconds.IsKnown || seconds.Edit == ValueEditKind.None)
            {
                return null;
            }

            var requested = RequestedSeconds.From(seconds.Constant);
            if (!target.Seconds.IsEmpty && !requested.IsSupportedBy(target.Seconds))
            {
                return new ValueChange(RequestProperty.Seconds, seconds, NearestValues.Seconds(requested, target.Seconds, target.DefaultSeconds)[0]);
            }

            // The value stays; its type changes where the table takes the other one (the same rule as SORA005's).
            return SecondsTypeFor(body, takes) is SecondsType type && SecondsTypeRule.IsWrongType(seconds, type) && requested.WholeNumber is int number
                ? new ValueChange(RequestProperty.Seconds, seconds, number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : null;
        }
    }
}
