using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Requests
{
    /// <summary>How often a local is written (its initializer included), and its value when that is known.</summary>
    internal readonly struct LocalWrites
    {
        public LocalWrites(int count, ExpressionSyntax? onlyValue)
        {
            Count = count;
            OnlyValue = onlyValue;
        }

        public int Count { get; }

        /// <summary>The value of the one write, an initializer or a plain assignment; null when there are more writes, or another kind.</summary>
        public ExpressionSyntax? OnlyValue { get; }
    }
}
