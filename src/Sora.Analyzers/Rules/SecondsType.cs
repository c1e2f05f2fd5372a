namespace Sora.Analyzers.Rules
{
    /// <summary>The JSON type an endpoint takes for <c>seconds</c>: a rule table's <c>secondsType</c>.</summary>
    internal enum SecondsType
    {
        /// <summary>A number or a string (relays that follow the Sora 2 parameter guide).</summary>
        Any,

        /// <summary>Only a string (<c>"8"</c>): a JSON number is answered with "Invalid type for 'seconds'" (SORA005).</summary>
        String,

        /// <summary>Only a number (<c>8</c>): a gateway whose schema takes an integer rejects the Sora-style <c>"8"</c> (SORA005).</summary>
        Integer,
    }
}
