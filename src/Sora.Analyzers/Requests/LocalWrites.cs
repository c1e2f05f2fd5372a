using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Requests
{
    /// <summary>How often a local is written (its initializer included), and its value when that is known.</summary>
    internal readonly struct LocalWrites
    {
        public LocalWrites(int count, ExpressionSyntax? onlyValue, ImmutableArray<ExpressionSyntax> values)
        {
            Count = count;
            OnlyValue = onlyValue;
            Values = values;
        }

        public int Count { get; }

        /// <summary>The value of the one write, an initializer or a plain assignment; null when there are more writes, or another kind.</summary>
        public ExpressionSyntax? OnlyValue { get; }

        /// <summary>
        /// Every value the local is given (its initializer, plain assignments in any branch, <c>??=</c> fallbacks); empty
        /// when a write gives it a value not written as one (<c>x += 1</c>, <c>out x</c>).
        /// </summary>
        public ImmutableArray<ExpressionSyntax> Values { get; }
    }
}
