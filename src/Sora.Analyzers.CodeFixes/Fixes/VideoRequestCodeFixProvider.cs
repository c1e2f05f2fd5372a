using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using Sora.Analyzers.CodeFixes.Fixes.Removal;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// Offers the choices the analyzer computed (replacement values, model switches) as one action each.
    /// Generic over rules and code shapes: everything it needs is in the diagnostic's properties.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VideoRequestCodeFixProvider))]
    [Shared]
    public sealed class VideoRequestCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            DiagnosticIds.UnsupportedSeconds,
            DiagnosticIds.UnknownModel,
            DiagnosticIds.UnsupportedSize,
            DiagnosticIds.SecondsAsNumber,
            DiagnosticIds.UnknownParameter,
            DiagnosticIds.RemovedModel);

        // The batch fixer, made robust to the equivalence key `dotnet format analyzers` passes (see VideoRequestFixAllProvider).
        public override FixAllProvider GetFixAllProvider() => VideoRequestFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                switch (diagnostic.Id)
                {
                    case DiagnosticIds.SecondsAsNumber:
                        await RegisterSecondsInItsTypeAsync(context, diagnostic).ConfigureAwait(false);
                        continue;
                    case DiagnosticIds.RemovedModel:
                        RegisterPort(context, diagnostic);
                        continue;
                    case DiagnosticIds.UnknownParameter:
                        RegisterFieldFixes(context, diagnostic);
                        continue;
                }

                if (!diagnostic.Properties.TryGetValue(PropertyKeys.Property, out string? propertyName)
                    || !Enum.TryParse(propertyName, out RequestProperty property))
                {
                    continue;
                }

                ValueTarget? value = ValueTarget.From(diagnostic, 0, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.InsertName);
                if (value != null)
                {
                    ImmutableArray<string> replacements = List(diagnostic, PropertyKeys.Replacements);
                    for (int i = 0; i < replacements.Length; i++)
                    {
                        Register(context, diagnostic, value, replacements[i], ReplacementTitle(property, replacements[i]), FixKeys.Replacement(property, i));
                    }
                }

                ImmutableArray<string> models = List(diagnostic, PropertyKeys.SwitchModels);
                ValueTarget? model = models.IsEmpty
                    ? null
                    : ValueTarget.From(diagnostic, 1, PropertyKeys.ModelEdit, PropertyKeys.ModelValueType, PropertyKeys.ModelInsertName);
                if (model != null)
                {
                    for (int i = 0; i < models.Length; i++)
                    {
                        Register(context, diagnostic, model, models[i], Format(CodeFixResources.SwitchModel, models[i]), FixKeys.SwitchModel(property, i));
                    }
                }
            }

        }

        /// <summary>
        /// SORA005: one action, either way — a number sent as a string, or a string sent as the number the table takes —
        /// offered only where the value it writes compiles. The diagnostic says which type the table takes.
        /// </summary>
        private static async Task RegisterSecondsInItsTypeAsync(CodeFixContext context, Diagnostic diagnostic)
        {
            if (!(ValueTarget.From(diagnostic, 0, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.InsertName) is ValueTarget target))
            {
                return;
            }

            string? constant = List(diagnostic, PropertyKeys.Replacements).FirstOrDefault();
            bool asNumber = diagnostic.Properties.TryGetValue(PropertyKeys.SecondsType, out string? takes) && takes == nameof(SecondsType.Integer);
            if (asNumber && constant == null)
            {
                // Text computed at run time: the number it holds is not known, so nothing is rewritten.
                return;
            }

            Document document = context.Document;
            Func<CancellationToken, Task<TextChange?>> change = asNumber
                ? cancellationToken => SecondsAsInteger.ChangeAsync(document, target, constant!, cancellationToken)
                : cancellationToken => SecondsAsText.ChangeAsync(document, target, constant, cancellationToken);
            if (await change(context.CancellationToken).ConfigureAwait(false) == null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    asNumber ? CodeFixResources.SendSecondsAsNumber : CodeFixResources.SendSecondsAsString,
                    async cancellationToken => await ApplyAsync(document, await change(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false),
                    FixKeys.SendSecondsInItsType),
                diagnostic);
        }

        /// <summary>SORA007: "Port to 'R'" where the table names a replacement (the diagnostic's one replacement); no action otherwise.</summary>
        private static void RegisterPort(CodeFixContext context, Diagnostic diagnostic)
        {
            string? replacement = List(diagnostic, PropertyKeys.Replacements).FirstOrDefault();
            if (replacement == null || !(ValueTarget.From(diagnostic, 0, PropertyKeys.Edit, PropertyKeys.ValueType, PropertyKeys.InsertName) is ValueTarget model))
            {
                return;
            }

            Document document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    Format(CodeFixResources.PortTo, replacement),
                    cancellationToken => PortToReplacement.ApplyAsync(document, diagnostic, model, replacement, cancellationToken),
                    FixKeys.PortToReplacement),
                diagnostic);
        }

        /// <summary>SORA006: rename to the parameter the field most likely means, else remove it; one action, whose key is the same either way, for Fix All.</summary>
        private static void RegisterFieldFixes(CodeFixContext context, Diagnostic diagnostic)
        {
            if (diagnostic.AdditionalLocations.Count < 2 || !diagnostic.Properties.TryGetValue(PropertyKeys.Field, out string? field) || field == null)
            {
                return;
            }

            Document document = context.Document;
            string? meant = List(diagnostic, PropertyKeys.Replacements).FirstOrDefault();
            ValueEditKind rename = EditKind(diagnostic, PropertyKeys.Edit);
            ValueEditKind remove = EditKind(diagnostic, PropertyKeys.RemoveEdit);
            TextSpan name = diagnostic.AdditionalLocations[0].SourceSpan;
            TextSpan removal = diagnostic.AdditionalLocations[1].SourceSpan;
            bool renames = meant != null && rename != ValueEditKind.None;
            bool asWritten = diagnostic.Properties.ContainsKey(PropertyKeys.RenameAsWritten);
            if (renames)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Format(CodeFixResources.RenameParameter, meant!),
                        cancellationToken => ChangeAsync(document, (root, _) => FieldRenamer.Rename(root, name, rename, meant!, asWritten), cancellationToken),
                        FixKeys.FixParameter),
                    diagnostic);
            }

            else if (remove != ValueEditKind.None)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Format(CodeFixResources.RemoveParameter, field),
                        cancellationToken => ChangeAsync(document, (root, text) => FieldRemover.Remove(root, text, removal, remove), cancellationToken),
                        FixKeys.FixParameter),
                    diagnostic);
            }
        }

        private static async Task<Document> ChangeAsync(Document document, Func<SyntaxNode, SourceText, TextChange?> change, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return root == null ? document : await ApplyAsync(document, change(root, text), cancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> ApplyAsync(Document document, TextChange? change, CancellationToken cancellationToken)
        {
            if (change == null)
            {
                return document;
            }

            SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(change.Value));
        }

        private static ValueEditKind EditKind(Diagnostic diagnostic, string key)
            => diagnostic.Properties.TryGetValue(key, out string? edit) && Enum.TryParse(edit, out ValueEditKind kind) ? kind : ValueEditKind.None;

        private static void Register(CodeFixContext context, Diagnostic diagnostic, ValueTarget target, string value, string title, string key)
        {
            Document document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => ValueRewriter.RewriteAsync(document, target, value, cancellationToken), key),
                diagnostic);
        }

        private static string ReplacementTitle(RequestProperty property, string value) => property switch
        {
            RequestProperty.Seconds => Format(CodeFixResources.UseSeconds, value),
            RequestProperty.Model => Format(CodeFixResources.ChangeModel, value),
            _ => Format(CodeFixResources.UseSize, value),
        };

        private static ImmutableArray<string> List(Diagnostic diagnostic, string key)
            => diagnostic.Properties.TryGetValue(key, out string? list) && !string.IsNullOrEmpty(list)
                ? list!.Split(PropertyKeys.Separator).ToImmutableArray()
                : ImmutableArray<string>.Empty;

        private static string Format(string format, string value) => string.Format(CultureInfo.InvariantCulture, format, value);
    }
}
