using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Sora.Analyzers.Requests
{
    /// <summary>
    /// The identifiers of a scope (a block, a switch section, a file of top-level statements) by name, from one walk of
    /// the scope shared by every lookup in it. Finding a local's writes or uses used to walk the local's whole scope for
    /// each value read: a method of n statements, each reading a local or building a payload held in one, cost n².
    /// Thread-safe; an index lives as long as its syntax tree (a new tree on every keystroke gets new indexes).
    /// </summary>
    internal static class IdentifierIndex
    {
        private static readonly ConditionalWeakTable<SyntaxNode, Dictionary<string, IdentifierNameSyntax[]>> Indexes =
            new ConditionalWeakTable<SyntaxNode, Dictionary<string, IdentifierNameSyntax[]>>();

        private static readonly ConditionalWeakTable<SyntaxNode, Dictionary<string, IdentifierNameSyntax[]>>.CreateValueCallback Build = BuildIndex;

        /// <summary>The identifiers named <paramref name="name"/> in <paramref name="scope"/>, in document order.</summary>
        public static IReadOnlyList<IdentifierNameSyntax> Named(SyntaxNode scope, string name)
            => Indexes.GetValue(scope, Build).TryGetValue(name, out IdentifierNameSyntax[]? identifiers) ? identifiers : Array.Empty<IdentifierNameSyntax>();

        private static Dictionary<string, IdentifierNameSyntax[]> BuildIndex(SyntaxNode scope)
        {
            var lists = new Dictionary<string, List<IdentifierNameSyntax>>(StringComparer.Ordinal);
            foreach (SyntaxNode node in scope.DescendantNodes())
            {
                if (node is IdentifierNameSyntax identifier)
                {
                    string name = identifier.Identifier.ValueText;
                    if (!lists.TryGetValue(name, out List<IdentifierNameSyntax>? list))
                    {
                        lists[name] = list = new List<IdentifierNameSyntax>();
                    }

                    list.Add(identifier);
                }
            }

            var index = new Dictionary<string, IdentifierNameSyntax[]>(lists.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, List<IdentifierNameSyntax>> entry in lists)
            {
                index[entry.Key] = entry.Value.ToArray();
            }

            return index;
        }
    }
}
