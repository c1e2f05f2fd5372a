namespace QuickStart.Runner
{
    /// <summary>What the runner prints between the results: the step it starts, how long it took, and why it stopped.</summary>
    internal static class Step
    {
        public static void Print(string what) => Console.WriteLine($"== {what}");

        public static void Done(TimeSpan duration) => Console.WriteLine($"   ({duration.TotalSeconds:F0} s)");

        /// <summary>Prints the command and everything it printed, and gives the exit code of the runner.</summary>
        public static int Fail(string why, CommandResult result)
        {
            Console.Error.WriteLine($"quickstart: {why} ({result.Command}, exit code {result.ExitCode}):");
            foreach (string line in result.Output)
            {
                Console.Error.WriteLine(line);
            }

            return 1;
        }
    }
}
