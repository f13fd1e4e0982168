using System.CommandLine;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Storage.Neo4j.Http;

// Ctrl-C / SIGTERM cancel the running command; `kg worker` then lets the batch in flight commit, which can take
// longer than System.CommandLine's default 2 s before it forces exit code 130/143.
var configuration = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30), EnableDefaultExceptionHandler = false };
try
{
    return await KgCommand.Build().Parse(args).InvokeAsync(configuration);
}
catch (Neo4jException e)
{
    // An unreachable server, refused credentials or a Cypher error is the user's to fix: one line, no stack trace.
    await Console.Error.WriteLineAsync($"error: neo4j: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    return 130;
}
catch (Exception e)
{
    await Console.Error.WriteLineAsync("Unhandled exception: " + e);
    return 1;
}
