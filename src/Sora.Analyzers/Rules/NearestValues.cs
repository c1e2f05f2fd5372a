using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Sora.Analyzers.Rules
{
    /// <summary>The supported values a fix offers in place of a wrong one: SORA001's and SORA003's choices, and where a port moves a request.</summary>
    internal static class NearestValues
    {
        /// <summary>The supported durations nearest to the requested one (a range's: the value clamped into it), shorter first on a tie; the default when it is no number.</summary>
        public static ImmutableArray<string> Seconds(RequestedSeconds requested, DurationSet supportedSeconds, int defaultSeconds)
            => requested.Number.HasValue
                ? supportedSeconds.Nearest(requested.Number.Value).Select(Invariant).ToImmutableArray()
                : ImmutableArray.Create(Invariant(defaultSeconds));

        /// <summary>
        /// The supported sizes of the requested orientation, closest first (on a tie, the smaller). A square or unreadable size
        /// has no orientation to keep: then every supported size is offered, closest (or first listed) first.
        /// </summary>
        public static ImmutableArray<string> Sizes(string requested, ImmutableArray<string> supportedSizes)
        {
            if (!VideoSize.TryParseLenient(requested, out VideoSize wanted))
            {
                return supportedSizes;
            }

            var candidates = supportedSizes
                .Select(text => VideoSize.TryParse(text, out VideoSize size) ? (Text: text, Size: size) : (Text: text, Size: default))
                .Where(c => wanted.Orientation == Orientation.Square || c.Size.Orientation == wanted.Orientation)
                .OrderBy(c => c.Size.DistanceTo(wanted))
                .ThenBy(c => (long)c.Size.Width * c.Size.Height)
                .Select(c => c.Text)
                .ToImmutableArray();
            return candidates.IsEmpty ? supportedSizes : candidates;
        }

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
