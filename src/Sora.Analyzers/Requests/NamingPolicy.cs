using System.Text;

namespace Sora.Analyzers.Requests
{
    /// <summary>The names a JSON serializer gives a typed or anonymous body's members (System.Text.Json's naming policies).</summary>
    internal enum NamingPolicy
    {
        /// <summary>Not visible where the body is serialized: a member name matches a parameter in any policy.</summary>
        Unknown,

        /// <summary>The member's C# name as written (<c>JsonSerializer.Serialize(body)</c>, Newtonsoft's default).</summary>
        AsWritten,

        /// <summary><c>JsonNamingPolicy.CamelCase</c>, and <c>JsonSerializerDefaults.Web</c> (what <c>PostAsJsonAsync</c> uses).</summary>
        CamelCase,

        SnakeCaseLower,

        SnakeCaseUpper,

        KebabCaseLower,

        KebabCaseUpper,
    }

    /// <summary>Applies a <see cref="NamingPolicy"/> the way System.Text.Json does.</summary>
    internal static class NamingPolicies
    {
        /// <summary>The wire name of <paramref name="name"/>; null when the policy is not known.</summary>
        public static string? Apply(NamingPolicy policy, string name)
        {
            switch (policy)
            {
                case NamingPolicy.AsWritten:
                    return name;
                case NamingPolicy.CamelCase:
                    return CamelCase(name);
                case NamingPolicy.SnakeCaseLower:
                    return Separated(name, '_', upper: false);
                case NamingPolicy.SnakeCaseUpper:
                    return Separated(name, '_', upper: true);
                case NamingPolicy.KebabCaseLower:
                    return Separated(name, '-', upper: false);
                case NamingPolicy.KebabCaseUpper:
                    return Separated(name, '-', upper: true);
                default:
                    return null;
            }
        }

        // System.Text.Json lowercases the leading capitals, but not the one that starts the next word: URLValue → urlValue.
        private static string CamelCase(string name)
        {
            if (name.Length == 0 || !char.IsUpper(name[0]))
            {
                return name;
            }

            char[] chars = name.ToCharArray();
            for (int i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
            {
                if (i > 0 && i + 1 < chars.Length && !char.IsUpper(chars[i + 1]))
                {
                    break;
                }

                chars[i] = char.ToLowerInvariant(chars[i]);
            }

            return new string(chars);
        }

        // Words start at a capital after a lower-case letter or digit, or at the last capital of a run followed by a lower-case letter.
        private static string Separated(string name, char separator, bool upper)
        {
            var text = new StringBuilder(name.Length + 4);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c == '_' || c == '-' || c == ' ')
                {
                    if (text.Length > 0 && text[text.Length - 1] != separator)
                    {
                        text.Append(separator);
                    }

                    continue;
                }

                bool wordStart = i > 0 && char.IsUpper(c)
                                 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
                if (wordStart && text.Length > 0 && text[text.Length - 1] != separator)
                {
                    text.Append(separator);
                }

                text.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }

            return text.ToString();
        }
    }
}
