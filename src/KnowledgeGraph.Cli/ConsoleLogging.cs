using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Cli;

/// <summary>How long-running commands (<c>kg worker</c>, <c>kg serve</c>) log: one line per event, with the time.</summary>
internal static class ConsoleLogging
{
    public static ILoggingBuilder AddKgConsole(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        // One line per request is noise for an API; its warnings and errors still show.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return logging;
    }
}
