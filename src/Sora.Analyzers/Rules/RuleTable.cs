using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Sora.Analyzers.Rules
{
    /// <summary>The models an endpoint accepts; immutable, shared by every analyzed request.</summary>
    internal sealed class RuleTable
    {
        private readonly Dictionary<string, VideoModel> _byName;

        public RuleTable(string name, string defaultModel, ImmutableArray<VideoModel> models)
        {
            Name = name;
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

        /// <summary>The model the API uses when a request names none.</summary>
        public string DefaultModel { get; }

        public ImmutableArray<VideoModel> Models { get; }

        /// <summary>Every name and alias the table accepts, for matching near misses.</summary>
        public IEnumerable<string> KnownNames => _byName.Keys;

        /// <summary>Finds a model by its exact name or alias; the API matches names case-sensitively.</summary>
        public VideoModel? Find(string name) => _byName.TryGetValue(name, out VideoModel? model) ? model : null;
    }
}
