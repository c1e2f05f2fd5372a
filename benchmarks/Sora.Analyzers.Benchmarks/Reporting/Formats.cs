using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Sora.Analyzers.Benchmarks.Reporting;

/// <summary>How the report and the console write numbers (invariant culture; "-" for what was not measured).</summary>
internal static class Formats
{
    public static string List(IEnumerable<double> values) => string.Join(" / ", values.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));

    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString(value < 100 ? "F1" : "F0", CultureInfo.InvariantCulture);

    public static string F(double value, string format) => double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double ratio) => double.IsNaN(ratio) ? "-" : (ratio * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    public static string Times(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "-" : ratio.ToString("F2", CultureInfo.InvariantCulture) + "x";

    public static string Mb(double? bytes) => bytes == null || double.IsNaN(bytes.Value) ? "-" : (bytes.Value / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>A median of microseconds, then each run's figure when there are several: their spread is the noise.</summary>
    public static string UsRuns(double median, IReadOnlyList<double> runs)
        => runs.Count <= 1 ? Us(median) : $"{Us(median)} (runs {string.Join(" / ", runs.Select(Us))})";

    /// <summary>Microseconds: one decimal below 100.</summary>
    public static string Us(double value) => double.IsNaN(value) ? "-" : value.ToString(value < 100 ? "F1" : "F0", CultureInfo.InvariantCulture) + " µs";

    /// <summary>Bytes, whole below 10,000 (a per-request figure is a few bytes to a few kilobytes); may be negative within the noise.</summary>
    public static string Bytes(double value) => double.IsNaN(value) ? "-" : value.ToString(Math.Abs(value) < 10 ? "F1" : "N0", CultureInfo.InvariantCulture) + " B";

    /// <summary>A median of bytes, then each run's figure when there are several.</summary>
    public static string BytesRuns(double median, IReadOnlyList<double> runs)
        => runs.Count <= 1 ? Bytes(median) : $"{Bytes(median)} (runs {string.Join(" / ", runs.Select(Bytes))})";
}
