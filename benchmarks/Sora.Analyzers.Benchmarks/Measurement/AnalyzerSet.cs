using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Sora.Analyzers.Benchmarks.Measurement;

/// <summary>
/// The analyzers measured: every analyzer of the Sora.Analyzers assembly (today <c>VideoRequestAnalyzer</c>; any that
/// others add are picked up and summed as "Sora"), and the two peers from Microsoft.CodeAnalysis.NetAnalyzers, loaded
/// from the package's analyzers/dotnet/cs folder (copied next to this program) through <see cref="AnalyzerFileReference"/>,
/// the way the compiler loads them, and filtered to the analyzer that supports CA2241 and the one that supports CA2017.
/// </summary>
internal sealed class AnalyzerSet
{
    public const string FormatRuleId = "CA2241";
    public const string LoggingRuleId = "CA2017";

    private AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> sora, DiagnosticAnalyzer format, DiagnosticAnalyzer logging, string peerVersion)
    {
        Sora = sora;
        Format = format;
        Logging = logging;
        PeerVersion = peerVersion;
    }

    public ImmutableArray<DiagnosticAnalyzer> Sora { get; }

    /// <summary>CA2241 (ProvideCorrectArgumentsToFormattingMethods).</summary>
    public DiagnosticAnalyzer Format { get; }

    /// <summary>CA2017 (LoggerMessageDefineAnalyzer; the same analyzer also reports CA1727, CA1848, CA2253, CA2254, CA2023).</summary>
    public DiagnosticAnalyzer Logging { get; }

    public string PeerVersion { get; }

    public ImmutableArray<DiagnosticAnalyzer> All => Sora.Add(Format).Add(Logging);

    public static string PeerDirectory => Path.Combine(AppContext.BaseDirectory, "peer-analyzers");

    public static AnalyzerSet Load()
    {
        Assembly soraAssembly = typeof(Sora.Analyzers.VideoRequestAnalyzer).Assembly;
        ImmutableArray<DiagnosticAnalyzer> sora = soraAssembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        if (sora.IsEmpty)
        {
            throw new InvalidOperationException($"No C# analyzer found in {soraAssembly.Location}.");
        }

        if (!Directory.Exists(PeerDirectory))
        {
            throw new InvalidOperationException($"{PeerDirectory} does not exist: the build copies Microsoft.CodeAnalysis.NetAnalyzers' analyzers/dotnet/cs there.");
        }

        var loader = new DefaultContextLoader(PeerDirectory);
        var peers = new List<DiagnosticAnalyzer>();
        var failures = new List<string>();
        string version = "?";
        foreach (string file in Directory.GetFiles(PeerDirectory, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
        {
            var reference = new AnalyzerFileReference(file, loader);
            reference.AnalyzerLoadFailed += (_, e) => failures.Add($"{Path.GetFileName(file)}: {e.TypeName} {e.Message}");
            peers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            if (Path.GetFileName(file) == "Microsoft.CodeAnalysis.NetAnalyzers.dll")
            {
                version = AssemblyName.GetAssemblyName(file).Version?.ToString() ?? "?";
            }
        }

        return new AnalyzerSet(sora, Single(peers, FormatRuleId, failures), Single(peers, LoggingRuleId, failures), version);
    }

    public static string NameOf(DiagnosticAnalyzer analyzer) => analyzer.GetType().Name;

    private static DiagnosticAnalyzer Single(List<DiagnosticAnalyzer> analyzers, string id, List<string> failures)
    {
        DiagnosticAnalyzer[] matching = analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToArray();
        if (matching.Length != 1)
        {
            throw new InvalidOperationException(
                $"Expected one analyzer supporting {id} in {PeerDirectory}, found {matching.Length} ({analyzers.Count} analyzers loaded)."
                + (failures.Count > 0 ? " Load failures: " + string.Join("; ", failures.Take(5)) : string.Empty));
        }

        return matching[0];
    }

    /// <summary>Loads analyzer assemblies into the default context, so they bind to this program's Roslyn.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public DefaultContextLoader(string directory)
        {
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                string candidate = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
            };
        }

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }
}
