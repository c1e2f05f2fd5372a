using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Sora.Analyzers.EndToEnd.Infrastructure;

/// <summary>An end-to-end test: shares the packed package, and prints how long it took (its own output and the run's summary).</summary>
[Collection(PackageCollection.Name)]
public abstract class EndToEndTest
{
    protected EndToEndTest(PackageFixture package, ITestOutputHelper output)
    {
        Package = package;
        Output = output;
    }

    protected PackageFixture Package { get; }

    protected ITestOutputHelper Output { get; }

    protected async Task TimedAsync(Func<Task> test, [CallerMemberName] string name = "")
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await test();
        }
        finally
        {
            stopwatch.Stop();
            Output.WriteLine($"{GetType().Name}.{name}: {stopwatch.Elapsed.TotalSeconds:F1} s");
            Package.Record($"{GetType().Name}.{name}", stopwatch.Elapsed);
        }
    }

    /// <summary>Prints a command's output to the test's output, so a failure shows what dotnet said.</summary>
    protected CommandResult Show(CommandResult result)
    {
        Output.WriteLine(result.ToString());
        return result;
    }
}
