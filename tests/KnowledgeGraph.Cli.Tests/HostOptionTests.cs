namespace KnowledgeGraph.Cli.Tests;

public class HostOptionTests
{
    [Fact]
    public async Task Serve_UrlsNotAnAddress_RefusedAtParseTimeNamingIt()
    {
        using var dir = new TempFolder();

        var result = await KgProcess.RunAsync(dir.Path, "serve", "--urls", "notaurl");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--urls: 'notaurl' is not an http:// or https:// address", result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr + result.StdOut);
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("serve")]
    public async Task InboxThatCannotBeCreated_OneErrorLineExitCode2(string command)
    {
        using var dir = new TempFolder();
        // A file where a folder of the inbox path should be: the folder cannot be made.
        var blocker = Path.Combine(dir.Path, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");

        var result = await KgProcess.RunAsync(dir.Path, command, "--inbox", Path.Combine(blocker, "inbox"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: cannot use folder", result.StdErr.Trim());
        Assert.DoesNotContain("   at ", result.StdErr + result.StdOut);
    }
}
