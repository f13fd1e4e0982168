using System.CommandLine;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Readers;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH...</c>: reads files and folders of any supported format into the store.</summary>
internal static class IngestCommand
{
    /// <summary>How many problems are printed one by one before the rest are only counted.</summary>
    private const int ProblemsShown = 50;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (recursively) to ingest; .gz files are decompressed",
            Arity = ArgumentArity.OneOrMore,
        };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Records per store transaction",
            DefaultValueFactory = _ => new IngestionOptions().BatchSize,
        }.AtLeast(1);
        var noLink = new Option<bool>("--no-link") { Description = "Skip linking papers to methods, datasets, tasks, metrics, results and concepts" };
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            Description = "Extra vocabulary files or folders (TSV/JSON, see schema/vocabulary/README.md) loaded on top of the shipped one",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("ingest", """
            Read papers from files or folders into the graph. Formats are detected from the content:
            trending-papers page text, arXiv Atom XML, paper-record JSON Lines, OpenAlex JSON,
            Semantic Scholar API / bulk JSON(L), BibTeX, citation networks (node table + edge list).
            Every paper is linked to the methods, datasets, tasks, metrics, results and concepts its title and abstract
            name (with evidence and confidence) unless --no-link. Bad records are reported (file, line, what) and
            skipped; the exit code is 1 when any record was skipped.

            Example: kg ingest samples/trending-papers-page.txt --db data/kg.db
                     KG_NEO4J_URI=http://127.0.0.1:7474 KG_NEO4J_PASSWORD=… kg ingest samples/ --store neo4j
            """);
        command.Arguments.Add(paths);
        command.Options.Add(batch);
        command.Options.Add(noLink);
        command.Options.Add(vocabulary);
        command.SetAction(async (parse, ct) =>
        {
            var kind = parse.GetValue(CommonOptions.Store)!;
            var db = StoreFactory.Describe(kind, parse.GetValue(CommonOptions.Database)!);
            await using var store = await StoreFactory.OpenAsync(kind, parse.GetValue(CommonOptions.Database)!, ct);
            var linker = parse.GetValue(noLink) ? null : PaperLinker.Create(new LinkerOptions { UserVocabularyPaths = parse.GetValue(vocabulary) ?? [] });
            var ingestor = new PaperIngestor(
                PaperFileReader.CreateDefault(), store, new IngestionOptions { BatchSize = parse.GetValue(batch), BulkLoad = true }, linker is null ? null : linker.ToUpsert);
            var report = await RunAsync(ingestor, parse.GetValue(paths)!, ct);
            PrintSummary(report, db);
            return report.HasProblems ? 1 : 0;
        });
        return command;
    }

    private static async Task<IngestionReport> RunAsync(PaperIngestor ingestor, string[] paths, CancellationToken ct)
    {
        if (!Terminal.IsInteractive)
        {
            return await ingestor.IngestAsync(paths, null, ct);
        }

        IngestionReport? report = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingesting");
                var progress = new Progress<IngestionProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FileCount);
                    task.Value = p.FileIndex;
                    task.Description = $"{p.RecordsRead:N0} records, {p.Problems} problems — {Path.GetFileName(p.CurrentFile)}";
                });
                report = await ingestor.IngestAsync(paths, progress, ct);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static void PrintSummary(IngestionReport report, string db)
    {
        foreach (var problem in report.Problems.Take(ProblemsShown))
        {
            Terminal.Error("error: " + problem);
        }
        if (report.Problems.Count > ProblemsShown)
        {
            Terminal.Error($"… and {report.Problems.Count - ProblemsShown} more problems");
        }

        foreach (var warning in report.Warnings.Take(ProblemsShown))
        {
            Terminal.Error("warning: " + warning);
        }
        if (report.Warnings.Count > ProblemsShown)
        {
            Terminal.Error($"… and {report.Warnings.Count - ProblemsShown} more warnings");
        }

        var s = report.Store;
        var rate = report.Elapsed.TotalSeconds > 0 ? report.RecordsRead / report.Elapsed.TotalSeconds : 0;
        Console.WriteLine(
            $"ingested {report.RecordsRead:N0} records from {report.Files} file(s) into {db} in {report.Elapsed.TotalSeconds:F2} s ({rate:N0} records/s)");
        Console.WriteLine(
            $"papers: {s.Added:N0} added, {s.Updated:N0} updated, {s.Unchanged:N0} unchanged; " +
            $"stubs: {s.StubsCreated:N0} created, {s.StubsFilled:N0} filled; citations: {s.CitationsAdded:N0} added");
        Console.WriteLine(report.HasProblems ? $"skipped {report.Problems.Count:N0} bad record(s) — see errors above" : "no problems");
    }
}
