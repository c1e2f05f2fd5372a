using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Quotes values the way the Sora API's own errors do: <c>'4', '8', and '12'</c>; <c>'a' and 'b'</c>; <c>'a'</c>.</summary>
    internal static class ValueList
    {
        public static string Format(IEnumerable<string> values) => Join(values.Select(Quote));

        /// <summary>
        /// Durations in the same style; a range is its quoted ends joined by "to" (<c>'4' to '15'</c>, or
        /// <c>'4', '6', and '10' to '15'</c> beside listed values), so a message never spells out every whole number of it.
        /// </summary>
        public static string Format(DurationSet durations)
            => Join(durations.Spans.Select(span => span.IsRange ? Quote(Invariant(span.Min)) + " to " + Quote(Invariant(span.Max)) : Quote(Invariant(span.Min))));

        private static string Join(IEnumerable<string> quotedItems)
        {
            var items = new List<string>(quotedItems);
            var text = new StringBuilder();
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(items.Count == 2 ? " and " : i == items.Count - 1 ? ", and " : ", ");
                }

                text.Append(items[i]);
            }

            return text.ToString();
        }

        private static string Quote(string value) => "'" + value + "'";

        private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
