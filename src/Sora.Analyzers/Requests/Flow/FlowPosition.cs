namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>Where a node runs: its block's ordinal and its order in the block.</summary>
    internal readonly struct FlowPosition
    {
        public FlowPosition(int block, int order)
        {
            Block = block;
            Order = order;
        }

        public int Block { get; }

        public int Order { get; }
    }
}
