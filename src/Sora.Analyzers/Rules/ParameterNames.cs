using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Rules
{
    /// <summary>Which body fields an endpoint takes (SORA006), and the parameter an unknown field most likely means.</summary>
    internal static class ParameterNames
    {
        // Names real code sends for a parameter the endpoint calls otherwise.
        private static readonly Dictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["duration"] = "seconds",
            ["length"] = "seconds",
            ["nseconds"] = "seconds",
            ["durationseconds"] = "seconds",
            ["durationsec"] = "seconds",
            ["secs"] = "seconds",
            ["resolution"] = "size",
            ["dimensions"] = "size",
            ["videosize"] = "size",
            ["aspectsize"] = "size",
        };

        /// <summary>
        /// Does the endpoint take <paramref name="field"/>? A name the API receives as written must match exactly; a C# member
        /// name matches a parameter in any naming policy (<c>InputReference</c> is <c>input_reference</c> in snake case).
        /// </summary>
        public static bool Accepts(ImmutableArray<string> parameters, BodyField field)
        {
            if (field.ExactName)
            {
                return parameters.Contains(field.Name);
            }

            string normalized = NameDistance.Normalize(field.Name);
            foreach (string parameter in parameters)
            {
                if (NameDistance.Normalize(parameter) == normalized)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The parameter <paramref name="field"/> most likely means: a known synonym, then a case or punctuation difference
        /// or a small typo; null when there is none, or when the body already has that parameter (a second one would not compile
        /// in an anonymous object, and the API would read only one).
        /// </summary>
        public static string? MeantBy(BodyField field, ImmutableArray<string> parameters, ImmutableArray<BodyField> body)
        {
            string normalized = NameDistance.Normalize(field.Name);
            string? meant = Meanings.TryGetValue(normalized, out string? synonym) && parameters.Contains(synonym) ? synonym : Closest(normalized, parameters);
            if (meant == null)
            {
                return null;
            }

            foreach (BodyField other in body)
            {
                if (other.NameLocation.SourceSpan != field.NameLocation.SourceSpan && Accepts(ImmutableArray.Create(meant), other))
                {
                    return null;
                }
            }

            return meant;
        }

        private static string? Closest(string normalized, ImmutableArray<string> parameters)
        {
            // 'prompt' and 'promt' are one edit apart; 'size' and 'style' two: short names tolerate one edit.
            int limit = normalized.Length <= 5 ? 2 : 3;
            string? best = null;
            foreach (string parameter in parameters)
            {
                int distance = NameDistance.EditDistance(normalized, NameDistance.Normalize(parameter), limit);
                if (distance < limit)
                {
                    limit = distance;
                    best = parameter;
                }
            }

            return best;
        }
    }
}
