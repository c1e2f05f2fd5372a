using Microsoft.CodeAnalysis.Text;

namespace Sora.Analyzers.CodeFixes.Fixes.Removal
{
    /// <summary>
    /// The one layout rule of every removal: an item goes with one comma beside it (the one after it, else the one before
    /// it), and an item alone on its lines takes its lines with it, so no blank line or dangling comma is left behind.
    /// </summary>
    internal static class SpanRemoval
    {
        /// <summary>The text to delete for the item <paramref name="item"/> with its separator (null when the list has none beside it).</summary>
        public static TextSpan Span(SourceText text, TextSpan item, TextSpan? commaAfter, TextSpan? commaBefore)
        {
            if (commaAfter == null && commaBefore != null)
            {
                return TextSpan.FromBounds(commaBefore.Value.Start, item.End);
            }

            int end = commaAfter?.End ?? item.End;
            TextLine first = text.Lines.GetLineFromPosition(item.Start);
            TextLine last = text.Lines.GetLineFromPosition(end);
            if (IsBlank(text, first.Start, item.Start) && IsBlank(text, end, last.End))
            {
                return TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak);
            }

            // Inline: the spaces after the comma go too (`a, b, c` → `a, c`).
            while (commaAfter != null && end < text.Length && (text[end] == ' ' || text[end] == '\t'))
            {
                end++;
            }

            return TextSpan.FromBounds(item.Start, end);
        }

        private static bool IsBlank(SourceText text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
