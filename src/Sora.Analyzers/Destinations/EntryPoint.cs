namespace Sora.Analyzers.Destinations
{
    /// <summary>What kind of endpoint a request reaches, as far as the code shows.</summary>
    internal enum EntryPoint
    {
        /// <summary>Nowhere known: only a model of the table in force (or a name close to one) makes it a video request.</summary>
        None,

        /// <summary>
        /// The video endpoint: an HTTP call to a <c>/videos</c> URL, the OpenAI SDK's <c>VideoClient</c>, or a wrapper whose
        /// request goes there. Gateways serve many providers' models on that path, so a constant model the table does not
        /// know is another provider's, and a model known only at run time is checked only where a table was chosen.
        /// </summary>
        VideosEndpoint,

        /// <summary>A method listed in <c>sora_analyzers.video_methods</c>: it takes only the table's models, so an unknown constant is SORA002.</summary>
        ListedMethod,
    }
}
