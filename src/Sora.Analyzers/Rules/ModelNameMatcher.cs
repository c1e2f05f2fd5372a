using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// Finds the known model names closest to a misspelt one: first names that differ only in case and
    /// punctuation (<c>Sora-2</c>, <c>sora2</c>), then names a few edits away (<c>sora-2-por</c>).
    /// </summary>
    internal static class ModelNameMatcher
    {
        public static ImmutableArray<string> Closest(string name, RuleTable table)
        {
            string normalized = NameDistance.Normalize(name);
            var sameLetters = ImmutableArray.CreateBuilder<string>();
            var nearest = ImmutableArray.CreateBuilder<string>();
            int limit = MaxDistance(normalized);
            int bestDistance = limit;
            foreach (string known in OrderedNames(table))
            {
                string knownNormalized = NameDistance.Normalize(known);
                if (knownNormalized == normalized)
                {
                    sameLetters.Add(known);
                    continue;
                }

                int distance = NameDistance.EditDistance(normalized, knownNormalized, limit);
                if (distance >= limit)
                {
                    continue;
                }

                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    nearest.Clear();
                }

                if (distance == bestDistance)
                {
                    nearest.Add(known);
                }
            }

            return sameLetters.Count > 0 ? sameLetters.ToImmutable() : nearest.ToImmutable();
        }

        /// <summary>True when <paramref name="name"/> is a known name or close to one: text that was meant as a video model.</summary>
        public static bool IsKnownOrClose(string name, RuleTable table) => table.NamesVideoModel(name, Decide);

        private static bool Decide(string name, RuleTable table) => table.Find(name) != null || !Closest(name, table).IsEmpty;

        // Canonical names first, so a tie prefers 'sora-2' over a dated snapshot.
        private static IEnumerable<string> OrderedNames(RuleTable table)
        {
            foreach (VideoModel model in table.Models)
            {
                yield return model.Name;
            }

            foreach (VideoModel model in table.Models)
            {
                foreach (string alias in model.Aliases)
                {
                    yield return alias;
                }
            }
        }

        // Short names tolerate fewer edits: 'gpt-4o' is not a typo of 'sora-2'.
        private static int MaxDistance(string normalized) => Math.Max(1, Math.Min(3, normalized.Length / 4)) + 1;
    }
}
