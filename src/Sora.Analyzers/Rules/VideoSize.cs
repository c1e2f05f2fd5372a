using System;
using System.Globalization;

namespace Sora.Analyzers.Rules
{
    internal enum Orientation
    {
        Unknown,
        Landscape,
        Portrait,
        Square,
    }

    /// <summary>A <c>WIDTHxHEIGHT</c> size as the API writes it.</summary>
    internal readonly struct VideoSize
    {
        public VideoSize(int width, int height)
        {
            Width = width;
            Height = height;
        }

        public int Width { get; }

        public int Height { get; }

        public Orientation Orientation => Width > Height ? Orientation.Landscape : Width < Height ? Orientation.Portrait : Orientation.Square;

        /// <summary>Parses the exact API form: digits, a lowercase 'x', digits.</summary>
        public static bool TryParse(string? text, out VideoSize size) => TryParse(text, strict: true, out size);

        /// <summary>
        /// Parses what a person meant (<c>1280*720</c>, <c>1280 X 720</c>, <c>1280×720</c>), so a fix can
        /// still offer the size of the same orientation for a value the API would reject.
        /// </summary>
        public static bool TryParseLenient(string? text, out VideoSize size) => TryParse(text, strict: false, out size);

        public int DistanceTo(VideoSize other) => Math.Abs(Width - other.Width) + Math.Abs(Height - other.Height);

        public override string ToString() => Width.ToString(CultureInfo.InvariantCulture) + "x" + Height.ToString(CultureInfo.InvariantCulture);

        private static bool TryParse(string? text, bool strict, out VideoSize size)
        {
            size = default;
            if (text == null)
            {
                return false;
            }

            string value = strict ? text : text.Trim();
            int widthEnd = CountDigits(value, 0);
            if (widthEnd == 0)
            {
                return false;
            }

            int heightStart = widthEnd;
            if (strict)
            {
                if (heightStart >= value.Length || value[heightStart] != 'x')
                {
                    return false;
                }

                heightStart++;
            }
            else
            {
                while (heightStart < value.Length && !IsDigit(value[heightStart]))
                {
                    heightStart++;
                }

                if (heightStart == widthEnd)
                {
                    return false;
                }
            }

            int heightEnd = CountDigits(value, heightStart);
            if (heightEnd == heightStart || heightEnd != value.Length)
            {
                return false;
            }

            // The API form has no leading zeros: a table size "0720x1280" would match no request the API accepts.
            if (strict && (value[0] == '0' || value[heightStart] == '0'))
            {
                return false;
            }

            if (!int.TryParse(value.Substring(0, widthEnd), NumberStyles.None, CultureInfo.InvariantCulture, out int width)
                || !int.TryParse(value.Substring(heightStart, heightEnd - heightStart), NumberStyles.None, CultureInfo.InvariantCulture, out int height)
                || width == 0
                || height == 0)
            {
                return false;
            }

            size = new VideoSize(width, height);
            return true;
        }

        private static int CountDigits(string text, int start)
        {
            int i = start;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
