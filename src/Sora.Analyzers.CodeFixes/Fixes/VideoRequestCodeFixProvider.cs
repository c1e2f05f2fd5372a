using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Sora.Analyzers.Diagnostics;
using Sora.Analyzers.Requests;

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
            DiagnosticIds.UnsupportedSize);

        // The batch fixer, made robust to the equivalence key `dotnet format analyzers` passes (see VideoRequestFixAllProvider).
        public override FixAllProvider GetFixAllProvider() => VideoRequestFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
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

            return Task.CompletedTask;
        }

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
