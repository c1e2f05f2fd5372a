using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Sora.Analyzers.Requests.Flow
{
    /// <summary>Everything one body does to one local: its writes, the writes to its members (a payload's keys), its hand-overs.</summary>
    internal sealed class LocalHistory
    {
        /// <summary>Declared by a plain declarator (not a pattern, a <c>foreach</c> or a <c>catch</c>), in <see cref="Function"/>.</summary>
        public bool Declared { get; set; }

        /// <summary>The lambda or local function that declares the local; null for the body itself.</summary>
        public IMethodSymbol? Function { get; set; }

        /// <summary>
        /// Written in a way that gives no value (<c>+=</c>, <c>++</c>, <c>ref</c>/<c>out</c>, deconstruction, <c>&amp;x</c>,
        /// a <c>ref</c> alias) or declared by a construct that writes it: none of its values is known.
        /// </summary>
        public bool Unknown { get; set; }

        public List<LocalWrite> Writes { get; } = new List<LocalWrite>();

        /// <summary>Indexer assignments and <c>Add</c>/<c>TryAdd</c> calls on the local, in code order: the writes that complete a payload.</summary>
        public List<IOperation> MemberWrites { get; } = new List<IOperation>();

        /// <summary>
        /// Reads that hand the local's object on (an argument, a returned or assigned value, a capture by a lambda, a
        /// stream read from it): where a payload held in it is sent.
        /// </summary>
        public List<ILocalReferenceOperation> HandOvers { get; } = new List<ILocalReferenceOperation>();

        /// <summary>True when some write is in another function than the declaration (a lambda, a local function).</summary>
        public bool WrittenInANestedFunction
        {
            get
            {
                foreach (LocalWrite write in Writes)
                {
                    if (!SymbolEqualityComparer.Default.Equals(write.Function, Function))
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
