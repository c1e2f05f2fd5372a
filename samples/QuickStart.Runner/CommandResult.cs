namespace QuickStart.Runner
{
    /// <summary>What a dotnet command printed (standard output and error, in order) and how it ended.</summary>
    internal sealed record CommandResult(string Command, int ExitCode, IReadOnlyList<string> Output, TimeSpan Duration)
    {
        public bool Succeeded => ExitCode == 0;
    }
}
