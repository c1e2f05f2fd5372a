using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Sora.Analyzers.Diagnostics;

namespace Sora.Analyzers.CodeFixes.Fixes
{
    /// <summary>
    /// The batch fixer, with the equivalence key made to fit the rule being fixed. `dotnet format analyzers` fixes one
    /// rule at a time but takes the key from the first action of whichever diagnostic of the analyzer comes first (it
    /// may be a SORA001 key while it fixes SORA002), and the batch fixer then finds no action with that key and returns
    /// nothing ("didn't return a Fix All action"). A key of another rule, or none, becomes the fixed rule's first choice.
    /// </summary>
    internal sealed class VideoRequestFixAllProvider : FixAllProvider
    {
        public static readonly VideoRequestFixAllProvider Instance = new VideoRequestFixAllProvider();

        private const string NothingToFixTitle = "No change: no diagnostic in scope has a fix";

        private VideoRequestFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            string? firstChoice = fixAllContext.DiagnosticIds.Count == 1 ? FirstChoiceKey(fixAllContext.DiagnosticIds.First()) : null;
            string? key = fixAllContext.CodeActionEquivalenceKey;
            bool wholeScope = fixAllContext.Scope == FixAllScope.Document || fixAllContext.Scope == FixAllScope.Project || fixAllContext.Scope == FixAllScope.Solution;
            if (firstChoice == null || !wholeScope || (key != null && key.StartsWith(fixAllContext.DiagnosticIds.First() + ".", StringComparison.Ordinal)))
            {
                return WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
            }

            var diagnostics = new SameDiagnostics(fixAllContext);
            FixAllContext fitted = fixAllContext.Document != null
                ? new FixAllContext(fixAllContext.Document, fixAllContext.CodeFixProvider, fixAllContext.Scope, firstChoice, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
                : new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, firstChoice, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
            return OrNothingToFixAsync(WellKnownFixAllProviders.BatchFixer.GetFixAsync(fitted), fixAllContext);
        }

        /// <summary>
        /// Some diagnostics of a fixable rule have no action: SORA007 without a replacement in the table (the built-in
        /// tables name none). `dotnet format analyzers` asks every rule of the provider for a Fix All over the whole solution;
        /// when no diagnostic of that rule has an action the batch fixer returns null, and the tool then prints "Unable to fix
        /// SORA007. Code fix … didn't return a Fix All action" although there is nothing to fix. Answering with an action that
        /// changes nothing says exactly that. The IDE never shows it: it offers Fix All only from a diagnostic's own action.
        /// </summary>
        private static async Task<CodeAction?> OrNothingToFixAsync(Task<CodeAction?> fixAll, FixAllContext context)
        {
            CodeAction? action = await fixAll.ConfigureAwait(false);
            if (action != null)
            {
                return action;
            }

            Solution unchanged = context.Solution;
            return CodeAction.Create(NothingToFixTitle, _ => Task.FromResult(unchanged), context.CodeActionEquivalenceKey);
        }

        private static string? FirstChoiceKey(string diagnosticId) => diagnosticId switch
        {
            DiagnosticIds.UnsupportedSeconds => FixKeys.UseNearestSeconds,
            DiagnosticIds.UnknownModel => FixKeys.UseClosestModel,
            DiagnosticIds.UnsupportedSize => FixKeys.UseNearestSize,
            DiagnosticIds.SecondsAsNumber => FixKeys.SendSecondsInItsType,
            DiagnosticIds.UnknownParameter => FixKeys.FixParameter,
            DiagnosticIds.RemovedModel => FixKeys.PortToReplacement,
            _ => null,
        };

        /// <summary>The diagnostics of the original context, unchanged.</summary>
        private sealed class SameDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly FixAllContext _context;

            public SameDiagnostics(FixAllContext context) => _context = context;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Wrap(_context.GetAllDiagnosticsAsync(project));

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
                => Wrap(_context.GetDocumentDiagnosticsAsync(document));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
                => Wrap(_context.GetProjectDiagnosticsAsync(project));

            private static async Task<IEnumerable<Diagnostic>> Wrap(Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> diagnostics)
                => await diagnostics.ConfigureAwait(false);
        }
    }
}
