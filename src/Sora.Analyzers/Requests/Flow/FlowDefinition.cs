using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>How a definition changes what a variable holds (docs/design.md, "Flow").</summary>
    internal enum DefinitionKind
    {
        /// <summary><c>x = v</c>, <c>body["k"] = v</c>: the new value replaces every earlier one.</summary>
        Set,

        /// <summary>
        /// A payload's key that holds nothing: set where the payload is created without it. <c>Add</c>/<c>TryAdd</c> and a
        /// form's <c>Add</c> write the key only where it may hold this.
        /// </summary>
        Absent,

        /// <summary><c>body.Add("k", v)</c>, <c>body.TryAdd("k", v)</c>, a form's <c>Add</c>: the value counts only where the key is still absent.</summary>
        AddIfAbsent,
    }

    /// <summary>
    /// One write of one variable (a local, or one key of a payload local) at a node of the code: the node whose place in
    /// the control-flow graph is where the write happens.
    /// </summary>
    internal readonly struct FlowDefinition
    {
        public FlowDefinition(int variable, SyntaxNode at, DefinitionKind kind)
        {
            Variable = variable;
            At = at;
            Kind = kind;
        }

        /// <summary>Which variable is written: definitions of the same variable kill each other.</summary>
        public int Variable { get; }

        public SyntaxNode At { get; }

        public DefinitionKind Kind { get; }
    }
}
