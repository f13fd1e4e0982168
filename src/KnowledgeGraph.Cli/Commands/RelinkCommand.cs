using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg relink</c>: runs linking again over every stored paper, e.g. after the vocabulary changed.</summary>
internal static class RelinkCommand
{
    private const int BatchSize = 2_000;

    public static Command Create()
    {
        var vocabulary = new Option<string[]>("--vocabulary")
        {
            Description = "Extra vocabulary files or folders (TSV/JSON) loaded on top of the shipped one",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("relink", """
            Link every stored paper again with the current vocabulary (plus --vocabulary files). Each paper's
            PROPOSES, USES, COMPARES_WITH, EVALUATES_ON, ADDRESSES, MENTIONS and REPORTS links are replaced.

            Example: kg relink --vocabulary my-methods.tsv
            """);
        command.Options.Add(vocabulary);
        command.SetAction(async (parse, ct) =>
        {
            if (!StoreFactory.RequireSqlite(parse, "kg relink")) return 2;
            var clock = Stopwatch.StartNew();
            var linker = PaperLinker.Create(new LinkerOptions { UserVocabularyPaths = parse.GetValue(vocabulary) ?? [] });
            await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = parse.GetValue(CommonOptions.Database)! });
            await store.InitializeAsync(ct);
            var (papers, changed) = await RelinkAsync(store, store, linker, ct);
            Console.WriteLine($"relinked {papers:N0} papers in {clock.Elapsed.TotalSeconds:F2} s; links changed on {changed:N0}");
            return 0;
        });
        return command;
    }

    internal static async Task<(int Papers, int Changed)> RelinkAsync(IGraphSnapshotSource source, IGraphStore store, PaperLinker linker, CancellationToken ct)
    {
        var batch = new List<PaperLinks>(BatchSize);
        int papers = 0, changed = 0;
        await foreach (var paper in source.ReadPapersAsync(ct))
        {
            if (paper.IsStub) continue;
            batch.Add(new PaperLinks(paper.Id, linker.Link(paper.Title, paper.Abstract)));
            papers++;
            if (batch.Count < BatchSize) continue;
            changed += await store.ReplaceLinksAsync(batch, ct);
            batch = new List<PaperLinks>(BatchSize);
        }
        if (batch.Count > 0) changed += await store.ReplaceLinksAsync(batch, ct);
        return (papers, changed);
    }
}
