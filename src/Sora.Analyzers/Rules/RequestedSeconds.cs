using System;
using System.Globalization;

namespace Sora.Analyzers.Rules
{
    /// <summary>A <c>seconds</c> value as the API would read it: a number or a numeric string.</summary>
    internal readonly struct RequestedSeconds
    {
        private RequestedSeconds(decimal? number, bool isCanonical)
        {
            Number = number;
            IsCanonical = isCanonical;
        }

        /// <summary>The numeric value, or null when the value is not a number (<c>"ten"</c>).</summary>
        public decimal? Number { get; }

        /// <summary>The whole number the value is, or null when it is none (<c>"ten"</c>, <c>8.5</c>, beyond an int).</summary>
        public int? WholeNumber
            => Number.HasValue && Number.Value == decimal.Truncate(Number.Value) && Number.Value >= int.MinValue && Number.Value <= int.MaxValue
                ? (int)Number.Value
                : (int?)null;

        /// <summary>False for text the API would not take even when the number is right (<c>"08"</c>, <c>"8.0"</c>).</summary>
        public bool IsCanonical { get; }

        public static RequestedSeconds From(object? constant)
        {
            switch (constant)
            {
                case string text:
                    // Surrounding spaces are read (so a fix offers the nearest value) but make the value non-canonical.
                    bool parsed = decimal.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number);
                    return parsed
                        ? new RequestedSeconds(number, number == decimal.Truncate(number) && text == number.ToString("0", CultureInfo.InvariantCulture))
                        : new RequestedSeconds(null, false);
                case float f when float.IsNaN(f) || float.IsInfinity(f):
                case double d when double.IsNaN(d) || double.IsInfinity(d):
                    return new RequestedSeconds(null, false);
                case IConvertible convertible when !(constant is bool) && !(constant is char):
                    try
                    {
                        return new RequestedSeconds(convertible.ToDecimal(CultureInfo.InvariantCulture), true);
                    }
                    catch (OverflowException)
                    {
                        // A double beyond decimal's range is no duration either.
                        return new RequestedSeconds(null, false);
                    }

                default:
                    return new RequestedSeconds(null, false);
            }
        }

        /// <summary>True when the API accepts this value for a model with these durations.</summary>
        public bool IsSupportedBy(DurationSet seconds)
            => IsCanonical && WholeNumber is int whole && seconds.Contains(whole);
    }
}
