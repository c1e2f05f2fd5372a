using System;
using System.Text;

namespace Sora.Analyzers.Rules
{
    /// <summary>How far apart two names are, for the fixes that offer the name a typo most likely means (models, parameters).</summary>
    internal static class NameDistance
    {
        /// <summary>The name without case, punctuation or separators: <c>Sora_2</c> and <c>sora-2</c>, <c>InputReference</c> and <c>input_reference</c> are the same.</summary>
        public static string Normalize(string name)
        {
            var text = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c))
                {
                    text.Append(char.ToLowerInvariant(c));
                }
            }

            return text.ToString();
        }

        /// <summary>Levenshtein distance, giving up (returning <paramref name="limit"/>) once it cannot be below the limit.</summary>
        public static int EditDistance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) >= limit)
            {
                return limit;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMinimum = current[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                    rowMinimum = Math.Min(rowMinimum, current[j]);
                }

                if (rowMinimum >= limit)
                {
                    return limit;
                }

                (previous, current) = (current, previous);
            }

            return Math.Min(previous[b.Length], limit);
        }
    }
}
