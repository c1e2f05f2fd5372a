using System.Collections.Immutable;

namespace Sora.Analyzers.Rules
{
    /// <summary>One model of a rule table: what the API accepts for it.</summary>
    internal sealed class VideoModel
    {
        public VideoModel(
            string name,
            ImmutableArray<string> aliases,
            DurationSet seconds,
            int defaultSeconds,
            ImmutableArray<string> sizes,
            bool? audio,
            string? deprecated,
            string? removed = null,
            string? replacement = null)
        {
            Removed = removed;
            Replacement = replacement;
            Name = name;
            Aliases = aliases;
            Seconds = seconds;
            DefaultSeconds = defaultSeconds;
            Sizes = sizes;
            Audio = audio;
            Deprecated = deprecated;
        }

        /// <summary>The canonical name, as the API documents it.</summary>
        public string Name { get; }

        /// <summary>Other names the API accepts for the same model (dated snapshots).</summary>
        public ImmutableArray<string> Aliases { get; }

        /// <summary>The supported durations: a list in the table's order, or a range.</summary>
        public DurationSet Seconds { get; }

        public int DefaultSeconds { get; }

        /// <summary>The supported sizes in the API's <c>WIDTHxHEIGHT</c> form, in the table's order.</summary>
        public ImmutableArray<string> Sizes { get; }

        /// <summary>Whether the model generates audio; null when the table's source does not say.</summary>
        public bool? Audio { get; }

        /// <summary>Lifecycle note for SORA004; null when the model is not deprecated.</summary>
        public string? Deprecated { get; }

        /// <summary>The date the provider removed the model (SORA007); null while it is served. A fact, never a forecast: the analyzer reads no clock.</summary>
        public string? Removed { get; }

        /// <summary>The model to move to once this one is removed (SORA007's fix); null when the provider names none.</summary>
        public string? Replacement { get; }

        /// <summary>A removed model: every request for it fails. It may list no seconds or sizes (nothing is accepted).</summary>
        public bool IsRemoved => Removed != null;

        public bool SupportsSeconds(int seconds) => Seconds.Contains(seconds);

        public bool SupportsSize(string size) => Sizes.Contains(size);
    }
}
