using System.CommandLine;
using KnowledgeGraph.Cli;

// Ctrl-C / SIGTERM cancel the running command; `kg worker` then lets the batch in flight commit, which can take
// longer than System.CommandLine's default 2 s before it forces exit code 130/143.
return await KgCommand.Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
