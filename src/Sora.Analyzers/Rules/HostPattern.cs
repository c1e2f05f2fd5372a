using System;

namespace Sora.Analyzers.Rules
{
    /// <summary>
    /// A rule table's <c>endpoints</c> entry: an exact host (<c>api.openai.com</c>), or <c>*.</c> and a domain
    /// (<c>*.openai.azure.com</c>), which matches every subdomain of that domain but not the domain itself. Hosts compare
    /// case-insensitively, as DNS names do (docs/configuration.md, "endpoints").
    /// </summary>
    internal static class HostPattern
    {
        private const string AnySubdomain = "*.";
        private const int MaxLabelLength = 63;

        /// <summary>
        /// Whether <paramref name="pattern"/> is a host name (labels of letters, digits and '-', not starting or ending
        /// with '-') or <c>*.</c> and a domain of at least two labels: a URL, a path, a port or a bare <c>*.com</c> is not.
        /// </summary>
        public static bool IsValid(string pattern)
        {
            bool wildcard = pattern.StartsWith(AnySubdomain, StringComparison.Ordinal);
            string host = wildcard ? pattern.Substring(AnySubdomain.Length) : pattern;
            string[] labels = host.Split('.');
            if (wildcard && labels.Length < 2)
            {
                return false;
            }

            foreach (string label in labels)
            {
                if (!IsLabel(label))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="host"/> (as read from a URL, any case, without a port) is served under <paramref name="pattern"/>.</summary>
        public static bool Matches(string pattern, string host)
        {
            if (pattern.StartsWith(AnySubdomain, StringComparison.Ordinal))
            {
                // The suffix with its dot: "*.openai.azure.com" matches "x.openai.azure.com", not "openai.azure.com" or "evilopenai.azure.com".
                string suffix = pattern.Substring(1);
                return host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
            }

            return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
        }

        private static bool IsLabel(string label)
        {
            if (label.Length == 0 || label.Length > MaxLabelLength || label[0] == '-' || label[label.Length - 1] == '-')
            {
                return false;
            }

            foreach (char c in label)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
