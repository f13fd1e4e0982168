using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Storage.Inbox;
using KnowledgeGraph.Storage.Neo4j.Http;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The inbox checkpoint as nodes: <c>(:InboxFile {sha256})</c> per distinct file content, <c>(:InboxProblem {sha256, seq})</c>
/// per kept bad record, <c>(:AnalyticsRefresh {id: 1})</c>. Times are ISO 8601 UTC strings, so they sort as text.
/// Every value is a parameter.
/// </summary>
internal static class InboxCypher
{
    public const string GetFile = "MATCH (f:InboxFile {sha256: $sha}) RETURN f {.*} AS file";

    public const string Begin =
        "MERGE (f:InboxFile {sha256: $sha}) "
        + "ON CREATE SET f.name = $name, f.size = $size, f.status = 'in-progress', f.position = 0, f.recordsCommitted = 0, f.problems = 0, "
        + "f.firstSeen = $at, f.updatedAt = $at "
        + "RETURN f {.*} AS file";

    /// <summary>
    /// Advances a file. The counters move only when the checkpoint is new to the file (a later position or another
    /// status): a batch replayed after its commit answer was lost (see <see cref="Neo4jGraphStore.CommitInboxBatchAsync"/>)
    /// changes nothing. Returns the problem count before the advance (where the new problems' <c>seq</c> starts) and
    /// whether it advanced; no row when the file was never begun.
    /// </summary>
    public const string Advance =
        "MATCH (f:InboxFile {sha256: $sha}) "
        + "WITH f, f.problems AS before, ($position > f.position OR $status <> f.status) AS advances, "
        + "CASE WHEN $position > f.position THEN $position ELSE f.position END AS position "
        + "SET f.recordsCommitted = f.recordsCommitted + CASE WHEN advances THEN $records ELSE 0 END, "
        + "f.problems = f.problems + CASE WHEN advances THEN $problemCount ELSE 0 END, "
        + "f.position = position, f.status = $status, f.movedTo = coalesce($movedTo, f.movedTo), f.updatedAt = $at "
        + "RETURN before, advances";

    public const string AddProblems =
        "UNWIND $rows AS row MERGE (x:InboxProblem {sha256: $sha, seq: row.seq}) "
        + "ON CREATE SET x.location = row.location, x.message = row.message, x.at = $at";

    public const string Problems =
        "MATCH (f:InboxFile {sha256: $sha}) MATCH (x:InboxProblem {sha256: $sha}) "
        + "RETURN x.sha256, f.name, x.location, x.message, x.at ORDER BY x.seq LIMIT $limit";

    public const string StatusCounts =
        "MATCH (f:InboxFile) RETURN f.status AS status, count(*) AS files, sum(f.recordsCommitted) AS records, sum(f.problems) AS problems";

    public const string RecentFiles = "MATCH (f:InboxFile) RETURN f {.*} AS file ORDER BY f.updatedAt DESC, f.sha256 LIMIT $limit";

    public const string RecentProblems =
        "MATCH (x:InboxProblem) MATCH (f:InboxFile {sha256: x.sha256}) "
        + "RETURN x.sha256, f.name, x.location, x.message, x.at ORDER BY x.at DESC, x.sha256, x.seq DESC LIMIT $limit";

    public const string LastRefresh = "MATCH (a:AnalyticsRefresh {id: 1}) RETURN a.at, a.papers, a.communities, a.seconds";

    public const string RecordRefresh =
        "MERGE (a:AnalyticsRefresh {id: 1}) SET a.at = $at, a.papers = $papers, a.communities = $communities, a.seconds = $seconds";

    public static CypherStatement Statement(string text, params (string Name, object? Value)[] parameters) =>
        new(text, WritePlan.Row(parameters));

    /// <summary>The statements that advance a file: the file node, then (when it advanced) its new problems.</summary>
    public static CypherStatement AdvanceStatement(InboxCheckpoint checkpoint) => Statement(
        Advance,
        ("sha", checkpoint.Sha256), ("position", checkpoint.Position), ("records", checkpoint.RecordsAdded), ("problemCount", checkpoint.ProblemCount),
        ("status", StatusName(checkpoint.Status)), ("movedTo", checkpoint.MovedTo), ("at", Format(checkpoint.At)));

    public static CypherStatement ProblemsStatement(InboxCheckpoint checkpoint, long before) => Statement(
        AddProblems,
        ("sha", checkpoint.Sha256), ("at", Format(checkpoint.At)),
        ("rows", checkpoint.Problems.Select((p, i) => WritePlan.Row(("seq", before + i), ("location", p.Location.ToString()), ("message", p.Message))).ToArray()));

    public static InboxFile ToFile(JsonElement f) => new(
        Json.String(f, "sha256")!,
        Json.String(f, "name") ?? "",
        Json.Long(f, "size") ?? 0,
        ParseStatus(Json.String(f, "status")),
        Json.Long(f, "position") ?? 0,
        Json.Long(f, "recordsCommitted") ?? 0,
        Json.Long(f, "problems") ?? 0,
        Json.String(f, "movedTo"),
        Parse(Json.String(f, "firstSeen")),
        Parse(Json.String(f, "updatedAt")));

    public static InboxProblem ToProblem(JsonElement[] row) =>
        new(Json.String(row[0])!, Json.String(row[1]) ?? "", Json.String(row[2]) ?? "", Json.String(row[3]) ?? "", Parse(Json.String(row[4])));

    public static string StatusName(InboxFileStatus status) => status switch
    {
        InboxFileStatus.InProgress => "in-progress",
        InboxFileStatus.Done => "done",
        InboxFileStatus.Quarantined => "quarantined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static InboxFileStatus ParseStatus(string? text) => text switch
    {
        "in-progress" => InboxFileStatus.InProgress,
        "done" => InboxFileStatus.Done,
        "quarantined" => InboxFileStatus.Quarantined,
        _ => throw new InvalidDataException($"Unknown inbox file status '{text}'."),
    };

    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string? text) =>
        text is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
