using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes;
using Sora.Analyzers.Diagnostics;

namespace Sora.Analyzers.Tests.Robustness;

/// <summary>
/// Applies every code action the provider offers for a diagnostic, as the light bulb would, and checks that the
/// edit is confined to what the diagnostic says a fix may touch: the value's characters (the model's, for a model
/// switch), or, for an added argument or model, only an insertion into the node the diagnostic names.
/// </summary>
internal static class FixChecker
{
    private static readonly CodeFixProvider Provider = new VideoRequestCodeFixProvider();

    public static ImmutableArray<string> FixableIds => Provider.FixableDiagnosticIds;

    public sealed record Applied(string Title, string Key, string NewText);

    /// <summary>
    /// The actions offered for <paramref name="diagnostic"/>, each applied to <paramref name="project"/>; a problem with
    /// any of them (an exception, an edit elsewhere, an action that changes nothing) goes to <paramref name="failures"/>.
    /// </summary>
    public static async Task<List<(Applied Fix, Solution Solution)>> ApplyEveryActionAsync(Project project, Diagnostic diagnostic, List<string> failures, CancellationToken cancellationToken)
    {
        var results = new List<(Applied, Solution)>();
        Document? document = diagnostic.Location.SourceTree is SyntaxTree tree ? project.GetDocument(tree) : null;
        if (document == null)
        {
            failures.Add("no document for " + AnalyzerRun.Describe(diagnostic));
            return results;
        }

        var actions = new List<CodeAction>();
        try
        {
            await Provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failures.Add("RegisterCodeFixesAsync threw for " + AnalyzerRun.Describe(diagnostic) + ": " + exception);
            return results;
        }

        string oldText = (await document.GetTextAsync(cancellationToken)).ToString();
        foreach (CodeAction action in actions)
        {
            string what = "'" + action.Title + "' (" + action.EquivalenceKey + ") for " + AnalyzerRun.Describe(diagnostic);
            Solution changed;
            try
            {
                ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken);
                changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add(what + " threw: " + exception);
                continue;
            }

            var changedDocuments = changed.GetChanges(project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)).ToList();
            string newText = (await changed.GetDocument(document.Id)!.GetTextAsync(cancellationToken)).ToString();
            if (changedDocuments.Any(id => id != document.Id))
            {
                failures.Add(what + " changed another document");
            }
            else if (newText == oldText)
            {
                failures.Add(what + " changed nothing");
            }
            else if (WhyNotConfined(diagnostic, action.EquivalenceKey ?? string.Empty, oldText, newText) is string problem)
            {
                failures.Add(what + ": " + problem);
            }

            results.Add((new Applied(action.Title, action.EquivalenceKey ?? string.Empty, newText), changed));
        }

        return results;
    }

    /// <summary>Null when <paramref name="newText"/> differs from <paramref name="oldText"/> only where the fix may write; else what went wrong.</summary>
    public static string? WhyNotConfined(Diagnostic diagnostic, string key, string oldText, string newText)
    {
        bool switchModel = key.StartsWith(FixKeys.SwitchModelForSeconds, StringComparison.Ordinal) || key.StartsWith(FixKeys.SwitchModelForSize, StringComparison.Ordinal);
        diagnostic.Properties.TryGetValue(switchModel ? PropertyKeys.ModelEdit : PropertyKeys.Edit, out string? edit);
        int locationIndex = switchModel ? 1 : 0;
        if (diagnostic.AdditionalLocations.Count <= locationIndex)
        {
            return "no location for the node the fix edits";
        }

        TextSpan allowed = edit == "Insert" || switchModel ? diagnostic.AdditionalLocations[locationIndex].SourceSpan : diagnostic.Location.SourceSpan;
        if (allowed.End > oldText.Length)
        {
            return "the span " + allowed + " is beyond the text (" + oldText.Length + ")";
        }

        string? problem = edit == "Insert" ? WhyNotAnInsertionInto(allowed, oldText, newText) : WhyNotAReplacementOf(allowed, oldText, newText);

        // An unknown field's fix renames its name (above) or removes the field: then only the field, one comma beside it
        // and the blank it leaves go.
        return problem != null && key == FixKeys.FixParameter && diagnostic.AdditionalLocations.Count > 1
            ? WhyNotARemovalOf(diagnostic.AdditionalLocations[1].SourceSpan, oldText, newText)
            : problem;
    }

    private static string? WhyNotARemovalOf(TextSpan field, string oldText, string newText)
    {
        // The deleted characters [start, start + removed) are known up to a shift (deleting "a," from "a,a," is ambiguous):
        // any start between the last one the common suffix allows and the first difference is the same edit.
        int removed = oldText.Length - newText.Length;
        int latest = FirstDifference(oldText, newText);
        int suffix = 0;
        while (suffix < newText.Length && suffix < oldText.Length && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix])
        {
            suffix++;
        }

        int earliest = Math.Max(0, oldText.Length - removed - suffix);
        int start = Math.Min(latest, field.Start);
        if (removed < field.Length || start < earliest || start + removed < field.End)
        {
            return "not a removal of " + field + " '" + oldText.Substring(field.Start, field.Length) + "': " + Excerpt(oldText, newText);
        }

        // The deletion covers the field; what else it takes is layout: whitespace, escapes of it, one comma.
        string extra = oldText.Substring(start, field.Start - start) + oldText.Substring(field.End, start + removed - field.End);
        string rest = extra.Replace("\\n", string.Empty).Replace("\\r", string.Empty).Replace("\\t", string.Empty);
        return rest.Count(c => c == ',') <= 1 && rest.All(c => c == ',' || char.IsWhiteSpace(c)) ? null : "the removal of " + field + " also deletes '" + extra + "'";
    }

    private static string? WhyNotAReplacementOf(TextSpan allowed, string oldText, string newText)
    {
        bool keepsBefore = newText.Length >= oldText.Length - allowed.Length && string.CompareOrdinal(newText, 0, oldText, 0, allowed.Start) == 0;
        bool keepsAfter = keepsBefore && string.CompareOrdinal(newText, newText.Length - (oldText.Length - allowed.End), oldText, allowed.End, oldText.Length - allowed.End) == 0;
        if (keepsBefore && keepsAfter)
        {
            return WhyNotInLineEndings(oldText, newText.Substring(allowed.Start, newText.Length - (oldText.Length - allowed.End) - allowed.Start));
        }

        return "an edit outside " + allowed + " '" + oldText.Substring(allowed.Start, allowed.Length) + "'"
               + "; the texts first differ at " + FirstDifference(oldText, newText) + ": " + Excerpt(oldText, newText);
    }

    /// <summary>
    /// An insertion adds text and changes nothing else, inside the node that receives it or right after it on its line
    /// (a statement added after the last one of a form goes after that statement's line break).
    /// </summary>
    private static string? WhyNotAnInsertionInto(TextSpan node, string oldText, string newText)
    {
        int added = newText.Length - oldText.Length;
        int prefix = FirstDifference(oldText, newText);
        int suffix = 0;
        while (suffix < oldText.Length && suffix < newText.Length && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix])
        {
            suffix++;
        }

        int lineEnd = oldText.IndexOf('\n', node.End);
        int last = lineEnd < 0 ? oldText.Length : lineEnd + 1;

        // Positions where inserting the added text gives the new text: [oldText.Length - suffix, prefix].
        int from = Math.Max(oldText.Length - suffix, node.Start);
        int to = Math.Min(prefix, last);
        if (added <= 0 || prefix + suffix < oldText.Length || from > to)
        {
            return "not only an insertion into " + node + "; the texts first differ at " + prefix + ": " + Excerpt(oldText, newText);
        }

        return WhyNotInLineEndings(oldText, newText.Substring(from, added));
    }

    /// <summary>docs/design.md, "Fixes", formatting stays: a line break a fix writes is the document's own (when the document uses one kind).</summary>
    private static string? WhyNotInLineEndings(string document, string written)
    {
        int crlf = Count(document, "\r\n");
        int lf = Count(document, "\n") - crlf;
        int writtenCrlf = Count(written, "\r\n");
        int writtenLf = Count(written, "\n") - writtenCrlf;
        if (crlf > 0 && lf == 0 && writtenLf > 0)
        {
            return "writes '\\n' in a document of '\\r\\n' lines: «" + written + "»";
        }

        if (lf > 0 && crlf == 0 && writtenCrlf > 0)
        {
            return "writes '\\r\\n' in a document of '\\n' lines: «" + written + "»";
        }

        return null;
    }

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Excerpt(string oldText, string newText)
    {
        int at = FirstDifference(oldText, newText);
        int start = Math.Max(0, at - 40);
        return "before «" + oldText.Substring(start, Math.Min(100, oldText.Length - start)) + "» after «" + newText.Substring(start, Math.Min(100, newText.Length - start)) + "»";
    }
}
