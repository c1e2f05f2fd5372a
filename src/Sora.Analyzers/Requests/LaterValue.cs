namespace Sora.Analyzers.Requests
{
    /// <summary>How a builder takes a second value for the same property.</summary>
    internal enum LaterValue
    {
        /// <summary>A body's duplicate key: the API reads the first.</summary>
        Ignored,

        /// <summary>A write after creation that always runs: the body sends the new value.</summary>
        Replaces,

        /// <summary>A write after creation that may not run (in a branch): either value may be sent.</summary>
        AddsCandidate,
    }
}
