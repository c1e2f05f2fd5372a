using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Sora.Analyzers.Rules
{
    /// <summary>The models an endpoint accepts; immutable, shared by every analyzed request.</summary>
    internal sealed class RuleTable
    {
        // Payload model strings repeat ("gpt-4o-mini" in every chat call): whether each is a video model is worked out once.
        private const int MaxRememberedNames = 1024;

        private readonly Dictionary<string, VideoModel> _byName;
        private readonly ConcurrentDictionary<string, bool> _namesVideoModel = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public RuleTable(
            string name,
            string defaultModel,
            ImmutableArray<VideoModel> models,
            ImmutableArray<string> parameters = default,
            SecondsType secondsType = SecondsType.Any,
            ImmutableArray<string> endpoints = default,
            string? baseName = null)
        {
            Name = name;
            BaseName = baseName ?? name;
            Endpoints = endpoints.IsDefault ? ImmutableArray<string>.Empty : endpoints;
            Parameters = parameters.IsDefault ? ImmutableArray<string>.Empty : parameters;
            SecondsType = secondsType;
            DefaultModel = defaultModel;
            Models = models;
            _byName = new Dictionary<string, VideoModel>(StringComparer.Ordinal);
            foreach (VideoModel model in models)
            {
                _byName[model.Name] = model;
                foreach (string alias in model.Aliases)
                {
                    _byName[alias] = model;
                }
            }
        }

        public string Name { get; }

        /// <summary>The built-in table this one is (its own name) or extends (a table read from sora-rules.json).</summary>
        public string BaseName { get; }

        /// <summary>The host patterns that identify the table's endpoint (<c>api.openai.com</c>, <c>*.openai.azure.com</c>); see <see cref="HostPattern"/>.</summary>
        public ImmutableArray<string> Endpoints { get; }

        /// <summary>The model the API uses when a request names none.</summary>
        public string DefaultModel { get; }

        public ImmutableArray<VideoModel> Models { get; }

        /// <summary>The body fields the endpoint takes (SORA006), as the API spells them; empty when the table does not say (no check).</summary>
        public ImmutableArray<string> Parameters { get; }

        /// <summary>How the endpoint reads <c>seconds</c> in a JSON body (SORA005).</summary>
        public SecondsType SecondsType { get; }

        /// <summary>Every name and alias the table accepts, for matching near misses.</summary>
        public IEnumerable<string> KnownNames => _byName.Keys;

        /// <summary>Whether <paramref name="name"/> is a model of the table or close to one, remembered for the table's lifetime (bounded).</summary>
        public bool NamesVideoModel(string name, Func<string, RuleTable, bool> decide)
        {
            if (_namesVideoModel.TryGetValue(name, out bool known))
            {
                return known;
            }

            bool result = decide(name, this);
            if (_namesVideoModel.Count < MaxRememberedNames)
            {
                _namesVideoModel.TryAdd(name, result);
            }

            return result;
        }

        /// <summary>Whether a request sent to <paramref name="host"/> goes to this table's endpoint (case-insensitive; a trailing dot is the same host).</summary>
        public bool ServesHost(string host)
        {
            string name = host.TrimEnd('.');
            foreach (string pattern in Endpoints)
            {
                if (HostPattern.Matches(pattern, name))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Finds a model by its exact name or alias; the API matches names case-sensitively.</summary>
        public VideoModel? Find(string name) => _byName.TryGetValue(name, out VideoModel? model) ? model : null;
    }
}
