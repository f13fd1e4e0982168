using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real <c>kg</c> program (the built kg.dll) as a child process in a working folder.</summary>
internal static class KgProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    private static readonly string KgDll = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(KgDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("KG_DB");

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
