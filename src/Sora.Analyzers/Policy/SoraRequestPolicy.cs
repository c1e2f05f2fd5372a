using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Policy
{
    /// <summary>
    /// The one place that decides whether a found request is a Sora request, and so is checked (docs/design.md,
    /// "Precision"). It needs evidence: its model (written, a parameter default, the wrapper's own) is a Sora model of the
    /// table or close to one (SORA002); or it reaches a Sora client, where every constant model is checked; or it goes
    /// to a <c>/videos</c> URL (directly or inside a wrapper), where a missing model means the table's default and a
    /// model chosen at run time is not checked. A constant model that is neither a Sora model nor close to one makes it
    /// no Sora request, except at a Sora client. A name ("Video" in a method's name) is no evidence.
    /// One instance per compilation; safe under concurrent execution.
    /// </summary>
    internal sealed class SoraRequestPolicy
    {
        private readonly SettingsCache _settings;

        // A request spread over several nodes (a form's Adds) is found once per node: it is decided once.
        private readonly ConcurrentDictionary<VideoRequest, bool> _decided = new ConcurrentDictionary<VideoRequest, bool>();

        // The simple names a Sora client may have in any file of the compilation: the test every call goes through first.
        private readonly System.Collections.Generic.HashSet<string> _clientNames;

        public SoraRequestPolicy(SettingsCache settings)
        {
            _settings = settings;
            _clientNames = new System.Collections.Generic.HashSet<string>(settings.All.SelectMany(s => s.Matcher.SimpleNames), System.StringComparer.Ordinal);
        }

        /// <summary>
        /// Is <paramref name="method"/> a Sora client (<see cref="SoraClientMatcher"/>)? Every call comes here: the name is
        /// tested against every file's list before the file's own settings are looked up.
        /// </summary>
        public bool IsSoraClient(IMethodSymbol method, SyntaxTree tree)
            => _clientNames.Contains(SoraClientMatcher.NameOf(method)) && _settings.For(tree).Matcher.IsSoraClient(method);

        /// <summary>
        /// Decided on the literal's syntax before it is bound: can a JSON string be a Sora request? Only when it names a
        /// Sora model (or nearly does), or flows somewhere that says so.
        /// </summary>
        public bool MayBeSoraJson(SyntaxNode literal, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            AnalyzerSettings settings = _settings.For(literal.SyntaxTree);
            return JsonStringFinder.MayNameVideoModel(literal, name => ModelNameMatcher.IsKnownOrClose(name, settings.Table))
                   || PayloadFlow.EntryOf(literal, semanticModel, settings.Matcher, cancellationToken) != EntryPoint.None;
        }

        /// <summary>Is <paramref name="found"/> a Sora request, to be checked against the table in force? Null when it is not.</summary>
        public CheckedRequest? Check(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            VideoRequest request = found.Request;
            if (found.Shape == RequestShape.NestedJson && request.Model == null)
            {
                return null;
            }

            if (found.Shape == RequestShape.Form)
            {
                return _decided.GetOrAdd(request, _ => Decide(found, semanticModel, cancellationToken, out EntryPoint? _))
                    ? new CheckedRequest(request, request.Body, NamingPolicy.AsWritten)
                    : null;
            }

            if (!Decide(found, semanticModel, cancellationToken, out EntryPoint? entry))
            {
                return null;
            }

            RequestBody body = request.Body;
            if (body == RequestBody.SerializedObject)
            {
                entry ??= EntryOf(found, semanticModel, cancellationToken);
                body = entry == EntryPoint.None ? RequestBody.None : RequestBody.Json;
            }

            // One arm of a multi-provider choice (`useVeo ? "veo-3" : "sora-2"`) is no Sora request: only a Sora client takes every name.
            if (request.Model is RequestValue model && !model.Candidates.IsEmpty && model.Candidates.Any(c => c.IsKnown && !NamesSoraModel(c, found)))
            {
                entry ??= EntryOf(found, semanticModel, cancellationToken);
                if (entry != EntryPoint.SoraClient)
                {
                    request = request.WithModel(RequestValue.OneOf(model.Location, model.Expression!, model.Candidates.Where(c => !c.IsKnown || NamesSoraModel(c, found)).ToImmutableArray()));
                }
            }

            // A C# member's name reaches the API through the serializer's naming policy, read only where it matters.
            NamingPolicy naming = body == RequestBody.Json && semanticModel != null && request.Fields.Any(f => !f.ExactName)
                ? SerializerNaming.Of(found.Payload, semanticModel, cancellationToken)
                : NamingPolicy.Unknown;
            return new CheckedRequest(request, body, naming);
        }

        /// <summary>The table a request in <paramref name="tree"/> is checked against.</summary>
        public RuleTable TableFor(SyntaxTree tree) => _settings.For(tree).Table;

        /// <summary>The decision, and where the request goes when that had to be worked out (null: its model decided).</summary>
        private bool Decide(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken, out EntryPoint? entry)
        {
            entry = null;
            AnalyzerSettings settings = _settings.For(found.Payload.SyntaxTree);
            RequestValue? model = found.Request.Model;
            if (model != null && model.Constants.Any(c => ModelNameMatcher.IsKnownOrClose(c.Text!, settings.Table)))
            {
                return true;
            }

            // A model only known at run time, or none, leaves the decision to where the request goes; a constant that
            // names no Sora model makes it another provider's request, except at a Sora client.
            entry = EntryOf(found, semanticModel, cancellationToken);
            return entry == EntryPoint.SoraClient || (entry == EntryPoint.VideosEndpoint && (model == null || !model.Constants.Any()));
        }

        private bool NamesSoraModel(RequestValue candidate, FoundRequest found)
            => ModelNameMatcher.IsKnownOrClose(candidate.Text!, _settings.For(found.Payload.SyntaxTree).Table);

        private EntryPoint EntryOf(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
            => found.Shape == RequestShape.Call || semanticModel == null
                ? found.CallEntry
                : PayloadFlow.EntryOf(found.Payload, semanticModel, _settings.For(found.Payload.SyntaxTree).Matcher, cancellationToken);
    }
}
