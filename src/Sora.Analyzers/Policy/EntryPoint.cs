namespace Sora.Analyzers.Policy
{
    /// <summary>Where a request goes, as far as the code shows: the evidence a request carries beside its model.</summary>
    internal enum EntryPoint
    {
        /// <summary>Nowhere known: only a Sora model (or a name close to one) makes it a Sora request.</summary>
        None,

        /// <summary>
        /// An HTTP call to a <c>/videos</c> URL, or a wrapper whose request goes there: a Sora request when its model is
        /// not a constant, or absent (the table's default), or a Sora model. Relays serve other models on the same path,
        /// so a constant model that is neither a Sora model nor close to one makes it none.
        /// </summary>
        VideosEndpoint,

        /// <summary>A method that takes only Sora requests (<see cref="Finding.SoraClientMatcher"/>): every constant model is checked, an unknown one is SORA002.</summary>
        SoraClient,
    }
}
