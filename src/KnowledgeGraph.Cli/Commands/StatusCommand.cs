using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Cli.Output;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg status</c>: what the inbox worker has done, read from the checkpoint table (works while a worker runs).</summary>
internal static class StatusCommand
{
    private const int Recent = 20;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("status", """
            Show the inbox worker's progress from the database: files done / in progress / quarantined, records
            committed, bad records, the most recent files and errors (file:line: what), and the last analytics refresh.
            Safe to run while `kg worker` is writing.

            Example: kg status --format json
            """);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreFactory.OpenAsync(parse, ct);
            if (store is not IInboxCheckpointStore checkpoints)
            {
                Terminal.Error($"error: {StoreFactory.Describe(parse)} keeps no inbox checkpoint");
                return 2;
            }
            var status = await checkpoints.GetInboxStatusAsync(Recent, ct);
            if (parse.GetValue(format) == "json") Console.WriteLine(ToJson(status).ToJsonString(Indented));
            else PrintTable(status);
            return 0;
        });
        return command;
    }

    internal static JsonObject ToJson(InboxStatus status) => new()
    {
        ["files"] = new JsonObject
        {
            ["done"] = status.FilesDone,
            ["inProgress"] = status.FilesInProgress,
            ["quarantined"] = status.FilesQuarantined,
        },
        ["records"] = status.RecordsCommitted,
        ["badRecords"] = status.Problems,
        ["lastAnalyticsRefresh"] = status.LastAnalyticsRefresh is { } r
            ? new JsonObject { ["at"] = r.At.ToString("O"), ["papers"] = r.Papers, ["communities"] = r.Communities, ["seconds"] = Math.Round(r.Seconds, 3) }
            : null,
        ["recentFiles"] = new JsonArray(status.RecentFiles.Select(f => (JsonNode)new JsonObject
        {
            ["name"] = f.Name,
            ["sha256"] = f.Sha256,
            ["status"] = StatusName(f.Status),
            ["records"] = f.RecordsCommitted,
            ["badRecords"] = f.Problems,
            ["position"] = f.Position,
            ["movedTo"] = f.MovedTo,
            ["updatedAt"] = f.UpdatedAt.ToString("O"),
        }).ToArray()),
        ["recentErrors"] = new JsonArray(status.RecentProblems.Select(p => (JsonNode)new JsonObject
        {
            ["file"] = p.FileName,
            ["location"] = p.Location,
            ["message"] = p.Message,
            ["at"] = p.At.ToString("O"),
        }).ToArray()),
    };

    private static string StatusName(InboxFileStatus status) => status switch
    {
        InboxFileStatus.InProgress => "inProgress",
        InboxFileStatus.Done => "done",
        _ => "quarantined",
    };

    private static void PrintTable(InboxStatus status)
    {
        Console.WriteLine($"files: {status.FilesDone:N0} done, {status.FilesInProgress:N0} in progress, {status.FilesQuarantined:N0} quarantined");
        Console.WriteLine($"records: {status.RecordsCommitted:N0} committed, {status.Problems:N0} bad records skipped");
        Console.WriteLine(status.LastAnalyticsRefresh is { } r
            ? $"last analytics refresh: {r.At:u} ({r.Papers:N0} papers, {r.Communities:N0} communities, {r.Seconds:F1} s)"
            : "last analytics refresh: never");
        if (status.RecentFiles.Count > 0)
        {
            var files = new Table().AddColumn("file").AddColumn("status").AddColumn(new TableColumn("records").RightAligned())
                .AddColumn(new TableColumn("bad").RightAligned()).AddColumn("updated (UTC)");
            foreach (var f in status.RecentFiles)
            {
                files.AddRow(Markup.Escape(f.Name), StatusName(f.Status), f.RecordsCommitted.ToString("N0"), f.Problems.ToString("N0"), f.UpdatedAt.ToString("u"));
            }
            AnsiConsole.Write(files);
        }
        foreach (var p in status.RecentProblems) Console.WriteLine($"error: {p}");
    }
}
