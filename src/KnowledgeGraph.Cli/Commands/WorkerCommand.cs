using System.CommandLine;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg worker --inbox DIR...</c>: runs the inbox worker alone in a generic host until Ctrl-C / SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var worker = new WorkerCliOptions(inboxRequired: true, "Inbox folder to watch (repeatable; created when missing)");
        var command = new Command("worker", """
            Watch inbox folders and ingest every file dropped into them (any format `kg ingest` reads), exactly once:
            each file is known by its SHA-256, every batch commits together with its checkpoint, and a file interrupted
            by a crash resumes after its last committed record. Ingested files move to INBOX/processed/, files nothing
            could be read from to INBOX/quarantine/ with NAME.error.txt saying what and where; files with some bad
            records are ingested and get an .error.txt in processed/. Analytics are refreshed a few seconds after the
            last new paper. Drop files by writing them under a .tmp name (or elsewhere) and renaming them in.
            Stops on Ctrl-C / SIGTERM: the batch in flight commits or rolls back, exit code 0.

            Example: kg worker --inbox data/inbox --db data/kg.db
                     kg worker --inbox data/inbox --store neo4j   (KG_NEO4J_URI, KG_NEO4J_PASSWORD)
            """);
        worker.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (!worker.EnsureFolders(parse, parse.GetValue(worker.Inbox)!)) return 2;
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Logging.AddKgConsole();
            builder.Services.AddGraphStore(parse.GetValue(CommonOptions.Store)!, parse.GetValue(CommonOptions.Database)!);
            builder.Services.AddInboxWorker(o => worker.Apply(parse, o, parse.GetValue(worker.Inbox)!));
            using var host = builder.Build();
            // An unreachable store fails here, in one line (exit 2), not later inside the running host.
            await host.Services.GetRequiredService<IGraphStore>().InitializeAsync(ct);
            return await HostExit.RunAsync(() => host.RunAsync(ct), ct);
        });
        return command;
    }
}
