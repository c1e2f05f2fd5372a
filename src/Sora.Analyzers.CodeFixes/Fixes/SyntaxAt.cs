using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>The node a diagnostic's location names: the one whose span is exactly that location's.</summary>
    internal static class SyntaxAt
    {
        /// <summary>The outermost-but-exact node over <paramref name="span"/>; null when no node has that span (the code changed).</summary>
        public static SyntaxNode? Node(SyntaxNode root, TextSpan span)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            SyntaxNode? node = root.FindNode(span, getInnermostNodeForTie: true);
            while (node != null && node.Span != span)
            {
                node = node.Parent;
            }

            return node;
        }
    }
}
