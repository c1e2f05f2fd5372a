using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// The durations a model accepts, as a rule table states them: a list of values (<c>[4, 8, 12]</c>, in the table's
    /// order) or a range (<c>{ "min": 4, "max": 15 }</c>: every whole number between). Enumerating it yields every value.
    /// </summary>
    internal sealed class DurationSet : IEnumerable<int>
    {
        private DurationSet(ImmutableArray<DurationSpan> spans)
        {
            Spans = spans;
        }

        public static DurationSet Empty { get; } = new DurationSet(ImmutableArray<DurationSpan>.Empty);

        /// <summary>The values and ranges, in the order messages list them; a listed value is a span of one.</summary>
        public ImmutableArray<DurationSpan> Spans { get; }

        public bool IsEmpty => Spans.IsEmpty;

        /// <summary>The first value the table states: the default duration when the table names none.</summary>
        public int First => Spans.IsEmpty ? 0 : Spans[0].Min;

        public static DurationSet Of(ImmutableArray<int> values)
            => values.IsDefaultOrEmpty ? Empty : new DurationSet(values.Select(v => new DurationSpan(v, v)).ToImmutableArray());

        public static DurationSet Range(int min, int max) => new DurationSet(ImmutableArray.Create(new DurationSpan(min, max)));

        /// <summary>
        /// Every duration any of <paramref name="sets"/> accepts. Lists stay in their order (first mention wins), as the
        /// any-model message lists them; once a range takes part, the spans are sorted and overlapping ones merged, so
        /// the message reads <c>'4' to '30'</c> rather than a list of ranges inside one another.
        /// </summary>
        public static DurationSet Union(IEnumerable<DurationSet> sets)
        {
            List<DurationSpan> spans = sets.SelectMany(s => s.Spans).Distinct().ToList();
            if (spans.TrueForAll(s => !s.IsRange))
            {
                return new DurationSet(spans.ToImmutableArray());
            }

            spans.Sort((a, b) => a.Min != b.Min ? a.Min.CompareTo(b.Min) : a.Max.CompareTo(b.Max));
            var merged = new List<DurationSpan>();
            foreach (DurationSpan span in spans)
            {
                DurationSpan last = merged.Count > 0 ? merged[merged.Count - 1] : default;
                bool joins = merged.Count > 0 && (long)span.Min <= (long)last.Max + 1 && (last.IsRange || span.IsRange || span.Min <= last.Max);
                if (joins)
                {
                    merged[merged.Count - 1] = new DurationSpan(last.Min, Math.Max(last.Max, span.Max));
                }
                else
                {
                    merged.Add(span);
                }
            }

            return new DurationSet(merged.ToImmutableArray());
        }

        public bool Contains(int seconds)
        {
            foreach (DurationSpan span in Spans)
            {
                if (span.Contains(seconds))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The supported durations nearest to <paramref name="requested"/>, smallest first: one, or two on a tie. A range's
        /// nearest value is the requested one clamped into it (a fraction inside a range ties between its neighbours).
        /// </summary>
        public ImmutableArray<int> Nearest(decimal requested)
        {
            decimal best = decimal.MaxValue;
            var nearest = new SortedSet<int>();
            foreach (DurationSpan span in Spans)
            {
                foreach (int candidate in new[] { span.Clamp(Math.Floor(requested)), span.Clamp(Math.Ceiling(requested)) })
                {
                    decimal distance = Math.Abs(candidate - requested);
                    if (distance < best)
                    {
                        best = distance;
                        nearest.Clear();
                    }

                    if (distance == best)
                    {
                        nearest.Add(candidate);
                    }
                }
            }

            return nearest.ToImmutableArray();
        }

        public IEnumerator<int> GetEnumerator()
        {
            foreach (DurationSpan span in Spans)
            {
                for (long value = span.Min; value <= span.Max; value++)
                {
                    yield return (int)value;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
