using GraphQL.Types;
using KnowledgeGraph.Worker.Status;

namespace KnowledgeGraph.Api.Types;

/// <summary>The inbox worker's progress: live state when it runs in this process, plus what the checkpoint table says.</summary>
internal sealed class IngestStatusType : ObjectGraphType<IngestStatusReport>
{
    public IngestStatusType()
    {
        Name = "IngestStatus";
        Field<NonNullGraphType<BooleanGraphType>>("workerRunning")
            .Description("Whether an inbox worker runs in this process (false under --api-only; the stored counts are still current)")
            .Resolve(c => c.Source.Running);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("inboxes").Description("Folders watched by this process").Resolve(c => c.Source.Inboxes);
        Field<StringGraphType>("currentFile").Description("The file being ingested now, if any").Resolve(c => c.Source.CurrentFile);
        Field<NonNullGraphType<IntGraphType>>("currentFileRecords").Description("Records of the current file committed so far").Resolve(c => Clamp(c.Source.CurrentFileRecords));
        Field<NonNullGraphType<BooleanGraphType>>("analyticsPending").Description("New papers wait for an analytics refresh").Resolve(c => c.Source.AnalyticsPending);
        Field<NonNullGraphType<IntGraphType>>("filesDone").Resolve(c => c.Source.Stored.FilesDone);
        Field<NonNullGraphType<IntGraphType>>("filesInProgress").Resolve(c => c.Source.Stored.FilesInProgress);
        Field<NonNullGraphType<IntGraphType>>("filesQuarantined").Resolve(c => c.Source.Stored.FilesQuarantined);
        Field<NonNullGraphType<IntGraphType>>("records").Description("Records committed, over all files").Resolve(c => Clamp(c.Source.Stored.RecordsCommitted));
        Field<NonNullGraphType<IntGraphType>>("badRecords").Description("Bad records skipped, over all files").Resolve(c => Clamp(c.Source.Stored.Problems));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestFileType>>>>("recentFiles").Description("The most recently touched files, newest first").Resolve(c => c.Source.Stored.RecentFiles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestErrorType>>>>("recentErrors").Description("The most recent bad records and failed files, newest first").Resolve(c => c.Source.Stored.RecentProblems);
        Field<AnalyticsRefreshType>("lastAnalyticsRefresh").Description("Null until the worker has refreshed analytics once").Resolve(c => c.Source.Stored.LastAnalyticsRefresh);
    }

    internal static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
