using Microsoft.CodeAnalysis;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// Where a fix can add a value the code does not write (a parameter default left out, a missing model): the node
    /// that takes the new argument, member, key, JSON member or form field, and the name to write. Only the facts: the
    /// text and its layout are the fix's own work (docs/design.md, "Fixes").
    /// </summary>
    internal sealed class InsertionSite
    {
        public InsertionSite(Location into, string name)
        {
            Into = into;
            Name = name;
        }

        /// <summary>
        /// The node that receives the value: a call or object creation (a named argument), an anonymous object or an
        /// initializer (a member or key), a JSON object's characters inside a string literal (a JSON member), or the
        /// last <c>Add</c> statement of a multipart form (a new <c>Add</c> statement after it).
        /// </summary>
        public Location Into { get; }

        /// <summary>The parameter, member or field name the value is written under (<c>model</c>, <c>Model</c>, <c>seconds</c>).</summary>
        public string Name { get; }
    }
}
