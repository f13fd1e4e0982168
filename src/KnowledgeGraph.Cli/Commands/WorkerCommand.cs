using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg worker --inbox DIR...</c>: runs the inbox worker alone in a generic host until Ctrl-C / SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var defaults = new InboxWorkerOptions();
        var inbox = new Option<string[]>("--inbox")
        {
            Description = "Inbox folder to watch (repeatable; created when missing)",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var quarantine = new Option<string?>("--quarantine") { Description = "Where bad files go, each with NAME.error.txt (default: INBOX/quarantine)" };
        var processed = new Option<string?>("--processed") { Description = "Where ingested files go (default: INBOX/processed)" };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Records per store transaction and checkpoint",
            DefaultValueFactory = _ => defaults.BatchSize,
        }.AtLeast(1);
        var scan = new Option<double>("--scan-seconds") { Description = "Seconds between inbox scans without file events", DefaultValueFactory = _ => defaults.ScanInterval.TotalSeconds };
        var stable = new Option<double>("--stable-seconds") { Description = "Seconds a file must stay unchanged before it is read", DefaultValueFactory = _ => defaults.StableFor.TotalSeconds };
        var noLink = new Option<bool>("--no-link") { Description = "Skip linking papers to methods, datasets, tasks, metrics, results and concepts" };
        var noAnalytics = new Option<bool>("--no-analytics") { Description = "Do not refresh analytics after new papers" };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "Extra vocabulary files or folders", AllowMultipleArgumentsPerToken = true };
        var command = new Command("worker", """
            Watch inbox folders and ingest every file dropped into them (any format `kg ingest` reads), exactly once:
            each file is known by its SHA-256, every batch commits together with its checkpoint, and a file interrupted
            by a crash resumes after its last committed record. Ingested files move to INBOX/processed/, files nothing
            could be read from to INBOX/quarantine/ with NAME.error.txt saying what and where; files with some bad
            records are ingested and get an .error.txt in processed/. Analytics are refreshed a few seconds after the
            last new paper. Drop files by writing them under a .tmp name (or elsewhere) and renaming them in.
            Stops on Ctrl-C / SIGTERM: the batch in flight commits or rolls back, exit code 0.

            Example: kg worker --inbox data/inbox --db data/kg.db
            """);
        foreach (var option in new Option[] { inbox, quarantine, processed, batch, scan, stable, noLink, noAnalytics, vocabulary }) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
            builder.Logging.ClearProviders();
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
            builder.Services.AddSqliteGraphStore(parse.GetValue(CommonOptions.Database)!);
            builder.Services.AddInboxWorker(o =>
            {
                foreach (var folder in parse.GetValue(inbox)!) o.Inboxes.Add(folder);
                o.QuarantineFolder = parse.GetValue(quarantine);
                o.ProcessedFolder = parse.GetValue(processed);
                o.BatchSize = parse.GetValue(batch);
                o.ScanInterval = TimeSpan.FromSeconds(parse.GetValue(scan));
                o.StableFor = TimeSpan.FromSeconds(parse.GetValue(stable));
                o.Link = !parse.GetValue(noLink);
                o.Analytics = !parse.GetValue(noAnalytics);
                foreach (var path in parse.GetValue(vocabulary) ?? []) o.VocabularyPaths.Add(path);
            });
            using var host = builder.Build();
            try
            {
                await host.RunAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopped while starting: nothing was in flight.
            }
            catch (OptionsValidationException ex)
            {
                Terminal.Error("error: " + string.Join("; ", ex.Failures));
                return 2;
            }
            return 0;
        });
        return command;
    }
}
