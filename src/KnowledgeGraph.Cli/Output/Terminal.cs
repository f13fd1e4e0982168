using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Console helpers: rich output only when a person is watching, plain text when piped.</summary>
internal static class Terminal
{
    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static void Error(string message) => Console.Error.WriteLine(message);
}
