namespace Sora.Analyzers.Requests
{
    /// <summary>How a fix rewrites a value; the fixes are generic over these, never over code shapes.</summary>
    internal enum ValueEditKind
    {
        /// <summary>Replace the C# expression at the value's location with a literal of the same form.</summary>
        Expression,

        /// <summary>Replace the characters at the value's location, inside a string literal (JSON text).</summary>
        TextInString,

        /// <summary>The value comes from a parameter's default: add a named argument to the call.</summary>
        AddArgument,
    }
}
