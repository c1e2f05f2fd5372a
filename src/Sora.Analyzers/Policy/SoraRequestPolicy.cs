using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Sora.Analyzers.Destinations;
using Sora.Analyzers.Finding;
using Sora.Analyzers.Options;
using Sora.Analyzers.Requests;
using Sora.Analyzers.Rules;

namespace Sora.Analyzers.Policy
{
    /// <summary>
    /// The one place that decides whether a found request is checked, and against which table (docs/design.md,
    /// "Precision"). The table is the one its endpoint's host picks, else the folder's. A constant model makes it that
    /// table's request when the table knows the model or a name close to it (SORA002), and another provider's — silent —
    /// otherwise, except at a method listed in <c>video_methods</c>, which takes only the table's models. A model known
    /// only at run time, or none, is checked only when the table was chosen for the request (its endpoint, an explicit
    /// <c>rule_table</c>, a rule file) and the request reaches a video endpoint. A body that carries none of the table's
    /// parameters is no video request. One instance per compilation; safe under concurrent execution.
    /// </summary>
    internal sealed class SoraRequestPolicy
    {
        private readonly SettingsCache _settings;
        private readonly ClientHosts _hosts;

        // A request spread over several nodes (a form's Adds) is found once per node: it is decided once.
        private readonly ConcurrentDictionary<VideoRequest, CheckedRequest?> _decided = new ConcurrentDictionary<VideoRequest, CheckedRequest?>();

        // The simple names a listed method may have in any file of the compilation: the test every call goes through first.
        private readonly System.Collections.Generic.HashSet<string> _listedNames;

        public SoraRequestPolicy(SettingsCache settings, ClientHosts hosts)
        {
            _settings = settings;
            _hosts = hosts;
            _listedNames = new System.Collections.Generic.HashSet<string>(settings.All.SelectMany(s => s.Matcher.ListedSimpleNames), System.StringComparer.Ordinal);
        }

        /// <summary>
        /// Where a call sends a request of its own: a method listed in <c>video_methods</c>, or the SDK's <c>VideoClient</c>
        /// (whose body is its <c>BinaryContent</c>, a payload checked on its own). Every call comes here: the name first.
        /// </summary>
        public EntryPoint CallEntry(IMethodSymbol method, SyntaxTree tree)
            => _listedNames.Contains(SoraClientMatcher.NameOf(method)) && _settings.For(tree).Matcher.IsListed(method) ? EntryPoint.ListedMethod
                : SoraClientMatcher.IsVideoClientCall(method) ? EntryPoint.VideosEndpoint
                : EntryPoint.None;

        /// <summary>The destination of a call whose own arguments are a request (a listed method), or of the payload a video call takes.</summary>
        public Destination DestinationOfCall(IOperation call, CancellationToken cancellationToken)
            => PayloadFlow.OfCall(call as Microsoft.CodeAnalysis.Operations.IInvocationOperation, _settings.For(call.Syntax.SyntaxTree).Matcher, _hosts, cancellationToken);

        /// <summary>The destination of a payload, as <see cref="PayloadFlow"/> follows it.</summary>
        public Destination DestinationOf(SyntaxNode payload, SemanticModel semanticModel, CancellationToken cancellationToken)
            => PayloadFlow.DestinationOf(payload, semanticModel, _settings.For(payload.SyntaxTree).Matcher, _hosts, cancellationToken);

        /// <summary>
        /// Decided on the literal's syntax before it is bound: can a JSON string be a video request? Only when it names a
        /// model some table may know (or nearly), or, where a table may check a model known only at run time, when it
        /// flows to a video endpoint.
        /// </summary>
        public bool MayBeVideoJson(SyntaxNode literal, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            AnalyzerSettings settings = _settings.For(literal.SyntaxTree);
            return JsonStringFinder.ModelsNamed(literal, settings.AnyTableKnows) switch
            {
                ModelMention.VideoModel => true,
                ModelMention.OtherModels => false,
                _ => DestinationOf(literal, semanticModel, cancellationToken) is { Entry: not EntryPoint.None } destination
                     && settings.TableFor(destination.Host).Chosen,
            };
        }

        /// <summary>Is <paramref name="found"/> a video request, and against which table is it checked? Null when it is not one.</summary>
        public CheckedRequest? Check(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            if (found.Shape == RequestShape.NestedJson && found.Request.Model == null)
            {
                return null;
            }

            return found.Shape == RequestShape.Form
                ? _decided.GetOrAdd(found.Request, _ => Decide(found, semanticModel, cancellationToken))
                : Decide(found, semanticModel, cancellationToken);
        }

        /// <summary>
        /// Whether a model a payload writes as a literal is one no table that can apply in <paramref name="tree"/> knows
        /// (nor a name close to one): then the payload is another provider's, decided before anything is built.
        /// A project that lists video methods is not decided this early: an unknown model handed to one is SORA002.
        /// </summary>
        public bool IsOtherProvidersModel(string model, SyntaxTree tree)
            => _listedNames.Count == 0 && !_settings.For(tree).AnyTableKnows(model);

        /// <summary>The folder's table: what a request is checked against when nothing in the code says where it goes.</summary>
        public RuleTable TableFor(SyntaxTree tree) => _settings.For(tree).Table;

        private CheckedRequest? Decide(FoundRequest found, SemanticModel? semanticModel, CancellationToken cancellationToken)
        {
            AnalyzerSettings settings = _settings.For(found.Payload.SyntaxTree);
            VideoRequest request = found.Request;
            RequestValue? model = request.Model;
            bool constantModel = model != null && model.Constants.Any();
            bool listed = found.CallDestination?.Entry == EntryPoint.ListedMethod;

            // The cheapest test first: a constant model no table that can apply here knows is another provider's.
            if (constantModel && !listed && !model!.Constants.Any(c => settings.AnyTableKnows(c.Text!)))
            {
                return null;
            }

            if (found.Shape == RequestShape.Defaults && request.Seconds == null && request.Size == null)
            {
                return null;
            }

            Destination destination = found.Shape == RequestShape.Call || found.Shape == RequestShape.Defaults || semanticModel == null
                ? found.CallDestination ?? Destination.Nowhere
                : DestinationOf(found.Payload, semanticModel, cancellationToken);
            TableChoice choice = settings.TableFor(destination.Host);
            RuleTable table = choice.Table;
            if (constantModel)
            {
                // One arm of a multi-provider choice (`useVeo ? "veo-3" : "sora-2"`) is another provider's request; a
                // listed method takes only the table's models, so every constant there is checked.
                if (!listed)
                {
                    ImmutableArray<RequestValue> kept = model!.Candidates.IsEmpty
                        ? ImmutableArray<RequestValue>.Empty
                        : model.Candidates.Where(c => !c.IsKnown || ModelNameMatcher.IsKnownOrClose(c.Text!, table)).ToImmutableArray();
                    if (model.Candidates.IsEmpty ? !ModelNameMatcher.IsKnownOrClose(model.Text!, table) : !kept.Any(c => c.IsKnown))
                    {
                        return null;
                    }

                    if (kept.Length != model.Candidates.Length)
                    {
                        request = request.WithModel(RequestValue.OneOf(model.Location, model.Expression!, kept));
                    }
                }
            }
            else if (!choice.Chosen || destination.Entry == EntryPoint.None)
            {
                // A model known only at run time, or none: since 2026 `/v1/videos` serves many providers' models, so only a
                // table chosen for the request says whose limits apply.
                return null;
            }

            if (!CarriesAParameter(request, table))
            {
                return null;
            }

            RequestBody body = request.Body == RequestBody.SerializedObject
                ? destination.Entry == EntryPoint.None ? RequestBody.None : RequestBody.Json
                : request.Body;
            return new CheckedRequest(request, table, body, body == RequestBody.Json ? destination.Naming : NamingPolicy.Unknown, spansSeveralNodes: found.Shape == RequestShape.Form);
        }

        /// <summary>A body with none of the table's parameters (Vimeo's, api.video's) is no video request, whatever its URL.</summary>
        private static bool CarriesAParameter(VideoRequest request, RuleTable table)
            => request.Fields.IsEmpty || table.Parameters.IsEmpty || request.Fields.Any(field => ParameterNames.Accepts(table.Parameters, field));
    }
}
