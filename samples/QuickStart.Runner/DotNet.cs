using System.Diagnostics;

namespace QuickStart.Runner
{
    /// <summary>Runs the dotnet CLI that runs this program, in the repository root, and collects what it prints.</summary>
    internal sealed class DotNet(string workingDirectory)
    {
        /// <summary>No change to the environment: the product builds with the repository's settings, as `dotnet pack` does for you.</summary>
        public static readonly IReadOnlyDictionary<string, string> RepositoryEnvironment = new Dictionary<string, string>();

        public CommandResult Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(DotNetPath())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (KeyValuePair<string, string> variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }

            // Every line is kept, from both streams, in the order they arrive: a failure is shown as the command printed it.
            var output = new List<string>();
            void Collect(object sender, DataReceivedEventArgs line)
            {
                if (line.Data != null)
                {
                    lock (output)
                    {
                        output.Add(line.Data);
                    }
                }
            }

            var clock = Stopwatch.StartNew();
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
            process.OutputDataReceived += Collect;
            process.ErrorDataReceived += Collect;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return new CommandResult("dotnet " + string.Join(' ', arguments), process.ExitCode, output, clock.Elapsed);
        }

        /// <summary>The dotnet executable that started this program (`dotnet run`), else the one on the PATH.</summary>
        private static string DotNetPath()
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
