using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>A write that gives a local a value: its initializer, a plain assignment, a <c>??=</c> fallback.</summary>
    internal sealed class LocalWrite
    {
        public LocalWrite(SyntaxNode at, IOperation value, IMethodSymbol? function)
        {
            At = at;
            Value = value;
            Function = function;
        }

        /// <summary>The node of the write (the declarator, the assignment): where it happens in the flow.</summary>
        public SyntaxNode At { get; }

        /// <summary>The value written: what a finder reads, and where its squiggle and fix go.</summary>
        public IOperation Value { get; }

        /// <summary>The lambda or local function the write is in; null for the body itself.</summary>
        public IMethodSymbol? Function { get; }
    }
}
