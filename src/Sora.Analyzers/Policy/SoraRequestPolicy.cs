using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Policy
{
    /// <summary>
    /// The one place that decides whether a found request is a video request, and so is checked (docs/design.md,
    /// "Precision"). A video call is one; a payload is one when its model names a video model (or nearly
    /// does: SORA002), or when it reaches a video call, where a missing model means the table's default model.
    /// A model chosen at run time, a nested JSON object without a model, or a payload that names another model and goes
    /// nowhere (<c>new { seconds = 10, name = "x" }</c>, a chat request with <c>"model": "gpt-4o"</c>) is not.
    /// One instance per compilation; safe under concurrent execution.
    /// </summary>
    internal sealed class SoraRequestPolicy
    {
        private readonly SettingsCache _settings;

        // A request spread over several nodes (a form's Adds) is found once per node: it is decided once.
        private readonly ConcurrentDictionary<VideoRequest, bool> _decided = new ConcurrentDictionary<VideoRequest, bool>();

        public SoraRequestPolicy(SettingsCache settings) => _settings = settings;

        /// <summary>
        /// The cheap test every call goes through before its arguments are read: its name says "Video", or names listed
        /// in <c>sora_analyzers.video_methods</c> exist and the matcher (<see cref="IsVideoCall"/>) has to look.
        /// </summary>
        public bool MayBeVideoCall(IMethodSymbol method)
            => VideoMethodMatcher.NameSaysVideo(VideoMethodMatcher.NameOf(method)) || _settings.AnyVideoMethodsListed;

        public bool IsVideoCall(IMethodSymbol method, SyntaxTree tree) => _settings.For(tree).Matcher.IsVideoMethod(method);

        /// <summary>
        /// Decided on the literal's syntax before it is bound: can a JSON string be a video request? Only when it names a
        /// video model (or nearly does), or flows into a video call.
        /// </summary>
        public bool MayBeVideoJson(SyntaxNode literal, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            AnalyzerSettings settings = _settings.For(literal.SyntaxTree);
            return JsonStringFinder.MayNameVideoModel(literal, name => ModelNameMatcher.IsKnownOrClose(name, settings.Table))
                   || PayloadFlow.ReachesVideoCall(literal, semanticModel, settings.Matcher, cancellationToken);
        }

        /// <summary>Is <paramref name="found"/> a video request, to be checked against the table in force?</summary>
        public bool IsChecked(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            VideoRequest request = found.Request;
            if (found.Shape == RequestShape.VideoCall)
            {
                return true;
            }

            if (request.Model != null && !request.Model.IsKnown)
            {
                return false;
            }

            if (found.Shape == RequestShape.NestedJson && request.Model == null)
            {
                return false;
            }

            return found.Shape == RequestShape.Form
                ? _decided.GetOrAdd(request, _ => Decide(found, semanticModel, cancellationToken))
                : Decide(found, semanticModel, cancellationToken);
        }

        /// <summary>The table a request in <paramref name="tree"/> is checked against.</summary>
        public RuleTable TableFor(SyntaxTree tree) => _settings.For(tree).Table;

        private bool Decide(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            AnalyzerSettings settings = _settings.For(found.Payload.SyntaxTree);
            RequestValue? model = found.Request.Model;
            return (model != null && ModelNameMatcher.IsKnownOrClose(model.Text!, settings.Table))
                   || (semanticModel != null && PayloadFlow.ReachesVideoCall(found.Payload, semanticModel, settings.Matcher, cancellationToken));
        }
    }
}
