using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.CSharp;

namespace Sora.Analyzers.Benchmarks.Reporting;

/// <summary>What a reader needs to judge the figures: machine, versions, mode, and how busy the machine was.</summary>
internal sealed class RunEnvironment
{
    public string StartedUtc { get; } = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public string Machine { get; } = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC";

    public string Roslyn { get; } = Informational(typeof(CSharpCompilation).Assembly);

    public string SoraAnalyzers { get; } = Informational(typeof(Sora.Analyzers.VideoRequestAnalyzer).Assembly);

    public string Commit { get; } = GitCommit();

    public string LoadAtStart { get; } = LoadAverage();

    public string LoadAtEnd { get; private set; } = string.Empty;

    public void Finish() => LoadAtEnd = LoadAverage();

    private static string Informational(Assembly assembly)
        => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString()
            ?? "?";

    /// <summary>The 1/5/15-minute load averages (Linux), the best single sign of other work on the machine.</summary>
    private static string LoadAverage()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return parts.Length >= 3 ? $"{parts[0]} / {parts[1]} / {parts[2]}" : "?";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git == null)
            {
                return "?";
            }

            string output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit(5000);
            return git.ExitCode == 0 && output.Length > 0 ? output : "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
