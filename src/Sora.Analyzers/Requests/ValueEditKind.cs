namespace Sora.Analyzers.Requests
{
    /// <summary>How a fix rewrites a value; the fixes are generic over these, never over code shapes.</summary>
    internal enum ValueEditKind
    {
        /// <summary>No automatic rewrite (the value is computed from parts a fix cannot edit in place).</summary>
        None,

        /// <summary>Replace the C# expression at the value's location with a literal of the same form.</summary>
        Expression,

        /// <summary>Replace the characters at the value's location, inside a string literal (JSON text).</summary>
        TextInString,

        /// <summary>Insert the value at an <see cref="InsertionSite"/> (an argument, a member, a statement): it is absent or a parameter default.</summary>
        Insert,
    }
}
