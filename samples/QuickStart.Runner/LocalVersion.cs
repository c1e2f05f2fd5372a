using System.Globalization;

namespace QuickStart.Runner
{
    /// <summary>
    /// A version no earlier build used: the NuGet cache keeps a package per id and version forever, so a rebuilt package
    /// with a version seen before would be ignored in favour of the cached copy.
    /// </summary>
    internal static class LocalVersion
    {
        /// <summary>0.1.0 at 2026-12-08 04:15:00 UTC gives 0.1.0-local.20261208041500: later builds sort higher.</summary>
        public static string Create(string baseVersion, DateTimeOffset now)
            => string.Create(CultureInfo.InvariantCulture, $"{baseVersion}-local.{now.UtcDateTime:yyyyMMddHHmmss}");
    }
}
