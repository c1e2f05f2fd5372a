using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// SORA007's one action: the model switched to the table's replacement and, in the same edit, each value the
    /// diagnostic says moves with it (seconds, size) written with its new value — seconds in the JSON type the table
    /// takes where a value of that type compiles. The values come from the diagnostic (see <see cref="PropertyKeys"/>);
    /// the fix only lays out the edits.
    /// </summary>
    internal static class PortToReplacement
    {
        private static readonly RequestProperty[] MovedValues = { RequestProperty.Seconds, RequestProperty.Size };

        public static async Task<Document> ApplyAsync(Document document, Diagnostic diagnostic, ValueTarget model, string replacement, CancellationToken cancellationToken)
        {
            var changes = new List<TextChange>(3);
            Add(changes, await ValueRewriter.ChangeAsync(document, model, replacement, cancellationToken).ConfigureAwait(false));

            // The moved values' nodes follow the model's location, in the order of MovedValues, each present with its value.
            int location = 1;
            foreach (RequestProperty property in MovedValues)
            {
                if (!diagnostic.Properties.TryGetValue(PropertyKeys.PortValue(property), out string? value) || value == null)
                {
                    continue;
                }

                ValueTarget? target = ValueTarget.From(diagnostic, location++, PropertyKeys.PortEdit(property), PropertyKeys.PortValueType(property), PropertyKeys.PortInsertName(property));
                if (target != null)
                {
                    Add(changes, property == RequestProperty.Seconds
                        ? await SecondsChangeAsync(document, diagnostic, target, value, cancellationToken).ConfigureAwait(false)
                        : await ValueRewriter.ChangeAsync(document, target, value, cancellationToken).ConfigureAwait(false));
                }
            }

            if (changes.Count == 0)
            {
                return document;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(WithoutOverlaps(changes)));
        }

        /// <summary>The new seconds in the type the table takes, where that compiles; else the new value in the type written.</summary>
        private static async Task<TextChange?> SecondsChangeAsync(Document document, Diagnostic diagnostic, ValueTarget target, string value, CancellationToken cancellationToken)
        {
            SecondsType? takes = diagnostic.Properties.TryGetValue(PropertyKeys.SecondsType, out string? type) && System.Enum.TryParse(type, out SecondsType parsed) ? parsed : (SecondsType?)null;
            TextChange? retyped = null;
            if (takes == SecondsType.String && RequestValueTypes.IsNumber(target.ValueType))
            {
                retyped = await SecondsAsText.ChangeAsync(document, target, value, cancellationToken).ConfigureAwait(false);
            }
            else if (takes == SecondsType.Integer && target.ValueType == SpecialType.System_String)
            {
                retyped = await SecondsAsInteger.ChangeAsync(document, target, value, cancellationToken).ConfigureAwait(false);
            }

            return retyped ?? await ValueRewriter.ChangeAsync(document, target, value, cancellationToken).ConfigureAwait(false);
        }

        private static void Add(List<TextChange> changes, TextChange? change)
        {
            if (change != null)
            {
                changes.Add(change.Value);
            }
        }

        // Two edits of one span (a value inside another that is rewritten) cannot both apply: the one that starts first is kept.
        private static IEnumerable<TextChange> WithoutOverlaps(List<TextChange> changes)
        {
            var kept = new List<TextChange>(changes.Count);
            foreach (TextChange change in changes.OrderBy(c => c.Span.Start))
            {
                if (kept.Count == 0 || kept[kept.Count - 1].Span.End <= change.Span.Start)
                {
                    kept.Add(change);
                }
            }

            return kept;
        }
    }
}
