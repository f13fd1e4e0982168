using KnowledgeGraph.Cli.Output;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli;

/// <summary>The exit code of a command that runs a host (<c>kg serve</c>, <c>kg worker</c>) until it is stopped.</summary>
internal static class HostExit
{
    /// <summary>0 when the host stops (also when stopped while starting: nothing was in flight); 2 with the reasons when its options are invalid.</summary>
    public static async Task<int> RunAsync(Func<Task> run, CancellationToken cancellationToken)
    {
        try
        {
            await run();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting: nothing was in flight.
        }
        catch (OptionsValidationException ex)
        {
            Terminal.Error("error: " + string.Join("; ", ex.Failures));
            return 2;
        }
        return 0;
    }
}
