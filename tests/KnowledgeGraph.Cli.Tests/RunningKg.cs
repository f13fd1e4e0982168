using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>A long-running <c>kg</c> child process (e.g. <c>kg worker</c>) whose output is collected while it runs.</summary>
internal sealed class RunningKg : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private RunningKg(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static RunningKg Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts kg with extra environment variables (<paramref name="environment"/> wins over the inherited ones).</summary>
    public static RunningKg Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("KG_DB");
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return new RunningKg(Process.Start(psi)!);
    }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>kill -9: no handler runs, nothing is flushed.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: false);

    /// <summary>SIGTERM, as a service manager or <c>docker stop</c> sends it.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString() }, UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
