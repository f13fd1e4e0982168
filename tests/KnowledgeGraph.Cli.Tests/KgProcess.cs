using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs the real <c>kg</c> program (the built kg.dll) as a child process in a working folder.</summary>
internal static class KgProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    private static readonly string KgDll = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static Task<Result> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs kg with extra environment variables (<paramref name="environment"/> wins over the inherited ones).</summary>
    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
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
        foreach (var (name, value) in environment) psi.Environment[name] = value;

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
