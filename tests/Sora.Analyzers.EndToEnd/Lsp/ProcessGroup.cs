using System.Globalization;
using System.Runtime.InteropServices;

namespace Sora.Analyzers.EndToEnd.Lsp;

/// <summary>
/// A Linux process group, read from /proc and ended with one signal: a language server starts helper processes
/// (MSBuild build hosts) that outlive a kill of the server alone, so the server is started in a session of its own
/// (<c>setsid</c>) and its whole group is ended.
/// </summary>
public static class ProcessGroup
{
    private const int SigKill = 9;

    /// <summary>setsid(1), which starts a program as the leader of a new session and process group.</summary>
    public static string? SetSidPath { get; } = new[] { "/usr/bin/setsid", "/bin/setsid" }.FirstOrDefault(File.Exists);

    /// <summary>The process group of a running process, or null when it is gone.</summary>
    public static int? Of(int processId) => ReadStat(processId)?.Group;

    /// <summary>The processes of the group still alive (zombies, already dead, are left out), as "pid name".</summary>
    public static IReadOnlyList<string> LiveMembers(int group)
    {
        var members = new List<string>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)
                && ReadStat(pid) is { } stat && stat.Group == group && stat.State != 'Z')
            {
                members.Add($"{pid} {stat.Name}");
            }
        }

        return members;
    }

    /// <summary>Sends SIGKILL to every process of the group.</summary>
    public static void Kill(int group)
    {
        if (group > 1)
        {
            _ = kill(-group, SigKill);
        }
    }

    /// <summary>Ends the group and waits until none of its processes is alive; fails, naming them, if some still are after <paramref name="deadline"/>.</summary>
    public static async Task KillAndWaitAsync(int group, TimeSpan deadline)
    {
        DateTime until = DateTime.UtcNow + deadline;
        while (true)
        {
            Kill(group);
            IReadOnlyList<string> alive = LiveMembers(group);
            if (alive.Count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > until)
            {
                throw new InvalidOperationException(
                    $"Process group {group} still has live processes {deadline.TotalSeconds:F0} s after SIGKILL: {string.Join(", ", alive)}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Fields 2, 3 and 5 of /proc/PID/stat: "pid (name) state ppid pgrp ...". The name may hold spaces and parentheses.</summary>
    private static (string Name, char State, int Group)? ReadStat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        int open = text.IndexOf('(', StringComparison.Ordinal);
        int close = text.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        string[] rest = text[(close + 2)..].Split(' ');
        return (text[(open + 1)..close], rest[0][0], int.Parse(rest[2], CultureInfo.InvariantCulture));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
