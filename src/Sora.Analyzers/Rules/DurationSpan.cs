using System;

namespace Sora.Analyzers.Rules
{
    /// <summary>The whole numbers from <see cref="Min"/> to <see cref="Max"/>: one listed duration, or a range of them.</summary>
    internal readonly struct DurationSpan : IEquatable<DurationSpan>
    {
        public DurationSpan(int min, int max)
        {
            Min = min;
            Max = max;
        }

        public int Min { get; }

        public int Max { get; }

        public bool IsRange => Max > Min;

        public bool Contains(int seconds) => seconds >= Min && seconds <= Max;

        /// <summary>The value of the span nearest to <paramref name="value"/>.</summary>
        public int Clamp(decimal value) => value <= Min ? Min : value >= Max ? Max : (int)value;

        public bool Equals(DurationSpan other) => Min == other.Min && Max == other.Max;

        public override bool Equals(object? obj) => obj is DurationSpan other && Equals(other);

        public override int GetHashCode() => (Min * 397) ^ Max;
    }
}
