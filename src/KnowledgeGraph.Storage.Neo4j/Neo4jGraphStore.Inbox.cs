using System.Text.Json;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The inbox worker's checkpoint as nodes in the same database (schema/neo4j/constraints.cypher), so
/// <c>kg worker --store neo4j</c> resumes and skips files exactly as it does on SQLite.
/// </summary>
public sealed partial class Neo4jGraphStore : IInboxCheckpointStore
{
    public async Task<InboxFile?> GetInboxFileAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        var result = await _client.RunAsync(InboxCypher.Statement(InboxCypher.GetFile, ("sha", sha256)), cancellationToken);
        return result.Rows.Count == 0 ? null : InboxCypher.ToFile(result.Rows[0][0]);
    }

    public Task<InboxFile> BeginInboxFileAsync(string sha256, string name, long size, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync(async (tx, ct) =>
        {
            var results = await tx.RunAsync(
                [InboxCypher.Statement(InboxCypher.Begin, ("sha", sha256), ("name", name), ("size", size), ("at", InboxCypher.Format(at)))], ct);
            return InboxCypher.ToFile(results[0].Rows[0][0]);
        }, cancellationToken);

    /// <summary>
    /// The batch's statements and the checkpoint's run in one explicit transaction: both commit or neither. One case
    /// is at-least-once: when the commit succeeded but its answer was lost (connection dropped), the retry runs the
    /// whole unit again. That replay is harmless: papers are written with idempotent <c>MERGE</c>, and the checkpoint
    /// only moves its counters for a checkpoint the file has not seen (a later position or another status).
    /// </summary>
    public Task<UpsertSummary> CommitInboxBatchAsync(IReadOnlyList<PaperUpsert> papers, InboxCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(checkpoint);
        return WriteAsync(async (tx, ct) =>
        {
            var summary = new UpsertSummary();
            if (papers.Count > 0)
            {
                var state = await BatchPrefetch.LoadAsync(tx, papers, [], ct);
                var planner = new BatchPlanner(state, SeqBase());
                summary = planner.Write(papers, ct);
                await RunPlanAsync(tx, planner.Plan, ct);
            }
            var advanced = await tx.RunAsync([InboxCypher.AdvanceStatement(checkpoint)], ct);
            if (advanced[0].Rows.Count == 0) throw new InvalidOperationException($"Inbox file {checkpoint.Sha256} was never begun.");
            var row = advanced[0].Rows[0];
            if (row[1].ValueKind == JsonValueKind.True && checkpoint.Problems.Count > 0)
            {
                await tx.RunAsync([InboxCypher.ProblemsStatement(checkpoint, Json.Long(row[0]) ?? 0)], ct);
            }
            return summary;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<InboxProblem>> GetInboxProblemsAsync(string sha256, int limit, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        var result = await _client.RunAsync(InboxCypher.Statement(InboxCypher.Problems, ("sha", sha256), ("limit", limit)), cancellationToken);
        return [.. result.Rows.Select(InboxCypher.ToProblem)];
    }

    public async Task<InboxStatus> GetInboxStatusAsync(int recent, CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken);
        var results = await _client.RunAsync(
        [
            new CypherStatement(InboxCypher.StatusCounts),
            InboxCypher.Statement(InboxCypher.RecentFiles, ("limit", recent)),
            InboxCypher.Statement(InboxCypher.RecentProblems, ("limit", recent)),
            new CypherStatement(InboxCypher.LastRefresh),
        ], cancellationToken);
        int done = 0, inProgress = 0, quarantined = 0;
        long records = 0, problems = 0;
        foreach (var row in results[0].Rows)
        {
            var files = (int)(Json.Long(row[1]) ?? 0);
            switch (InboxCypher.ParseStatus(Json.String(row[0])))
            {
                case InboxFileStatus.Done: done = files; break;
                case InboxFileStatus.InProgress: inProgress = files; break;
                case InboxFileStatus.Quarantined: quarantined = files; break;
            }
            records += Json.Long(row[2]) ?? 0;
            problems += Json.Long(row[3]) ?? 0;
        }
        AnalyticsRefreshRecord? refresh = null;
        if (results[3].Rows.Count > 0)
        {
            var r = results[3].Rows[0];
            refresh = new AnalyticsRefreshRecord(InboxCypher.Parse(Json.String(r[0])), (int)(Json.Long(r[1]) ?? 0), (int)(Json.Long(r[2]) ?? 0), Json.Double(r[3]) ?? 0);
        }
        return new InboxStatus(done, inProgress, quarantined, records, problems,
            [.. results[1].Rows.Select(row => InboxCypher.ToFile(row[0]))], [.. results[2].Rows.Select(InboxCypher.ToProblem)], refresh);
    }

    public Task RecordAnalyticsRefreshAsync(AnalyticsRefreshRecord refresh, CancellationToken cancellationToken = default) =>
        WriteAsync(async (tx, ct) =>
        {
            await tx.RunAsync([InboxCypher.Statement(InboxCypher.RecordRefresh,
                ("at", InboxCypher.Format(refresh.At)), ("papers", refresh.Papers), ("communities", refresh.Communities), ("seconds", refresh.Seconds))], ct);
            return 0;
        }, cancellationToken);
}
