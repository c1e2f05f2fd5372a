using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.Finding
{
    /// <summary>
    /// Where a tree's text mentions any of a set of hints, found in one scan of the tree and kept as long as the tree:
    /// each code block then asks "does my member mention one?" with a binary search instead of scanning its text again.
    /// </summary>
    internal sealed class HintPositions
    {
        // A few answers per tree, one per set of hints the analyzer asks with (the compilation's hints, the request keys,
        // both); the sets change only when the tables or options do.
        private const int Slots = 3;

        private static readonly ConditionalWeakTable<SyntaxTree, HintPositions?[]> Cache = new ConditionalWeakTable<SyntaxTree, HintPositions?[]>();

        private readonly string _key;
        private readonly int[] _positions;

        private HintPositions(string key, int[] positions)
        {
            _key = key;
            _positions = positions;
        }

        public static HintPositions Of(SyntaxTree tree, string[] hints, CancellationToken cancellationToken)
        {
            string key = string.Join("\n", hints);
            HintPositions?[] slots = Cache.GetValue(tree, _ => new HintPositions?[Slots]);
            int free = 0;
            for (int slot = 0; slot < Slots; slot++)
            {
                HintPositions? cached = Volatile.Read(ref slots[slot]);
                if (cached == null)
                {
                    free = slot;
                }
                else if (cached._key == key)
                {
                    return cached;
                }
            }

            var built = new HintPositions(key, Scan(tree.GetText(cancellationToken).ToString(), hints, cancellationToken));
            Volatile.Write(ref slots[free], built);
            return built;
        }

        /// <summary>Where the hints start, in order.</summary>
        public IReadOnlyList<int> Positions => _positions;

        /// <summary>Does a hint start inside <paramref name="span"/>?</summary>
        public bool AnyWithin(TextSpan span)
        {
            int index = Array.BinarySearch(_positions, span.Start);
            if (index >= 0)
            {
                return true;
            }

            int next = ~index;
            return next < _positions.Length && _positions[next] < span.End;
        }

        private static int[] Scan(string text, string[] hints, CancellationToken cancellationToken)
        {
            var positions = new List<int>();
            foreach (string hint in hints)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int at = text.IndexOf(hint, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(hint, at + hint.Length, StringComparison.OrdinalIgnoreCase))
                {
                    positions.Add(at);
                }
            }

            positions.Sort();
            return positions.ToArray();
        }
    }
}
