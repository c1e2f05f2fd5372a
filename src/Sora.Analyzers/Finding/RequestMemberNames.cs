using System;
using Sora.Analyzers.Requests;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Which name stands for which request value. C# parameters and members match in any case (serializers
    /// apply naming policies); keys written as text (dictionary keys, JSON, form fields) go to the API as they
    /// are, so they must match exactly.
    /// </summary>
    internal static class RequestMemberNames
    {
        /// <summary>The model's name as the API reads it, the one a fix writes when it adds a model key, member or field.</summary>
        public const string Model = "model";

        public static bool TryGet(string name, bool ignoreCase, out RequestProperty property)
        {
            StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (string.Equals(name, "model", comparison))
            {
                property = RequestProperty.Model;
                return true;
            }

            if (string.Equals(name, "seconds", comparison))
            {
                property = RequestProperty.Seconds;
                return true;
            }

            property = RequestProperty.Size;
            return string.Equals(name, "size", comparison);
        }
    }
}
