namespace Sora.Analyzers.Finding
{
    /// <summary>What a payload's syntax says of its model before anything is bound (the decision first: docs/performance.md).</summary>
    internal enum ModelMention
    {
        /// <summary>No constant model in sight: where the payload goes decides.</summary>
        None,

        /// <summary>Only models no table that can apply knows: another provider's payload, silent at the cost of a syntax read.</summary>
        OtherModels,

        /// <summary>A model some table knows, or a name close to one.</summary>
        VideoModel,
    }
}
