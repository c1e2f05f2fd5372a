using System.Collections.Generic;
using System.Text;

namespace Sora.Analyzers.Diagnostics
{
    /// <summary>Quotes values the way the Sora API's own errors do: <c>'4', '8', and '12'</c>; <c>'a' and 'b'</c>; <c>'a'</c>.</summary>
    internal static class ValueList
    {
        public static string Format(IEnumerable<string> values)
        {
            var items = new List<string>(values);
            var text = new StringBuilder();
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(items.Count == 2 ? " and " : i == items.Count - 1 ? ", and " : ", ");
                }

                text.Append('\'').Append(items[i]).Append('\'');
            }

            return text.ToString();
        }
    }
}
