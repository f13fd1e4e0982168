using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Runs the linker on one record so that a linker failure (a bug met on text nobody foresaw, such as a lower-cased
/// title) costs that paper its links, not the whole ingest: the paper is stored unlinked and the failure is reported
/// with the record's place. A `kg relink` after the fix links it.
/// </summary>
public static class LinkGuard
{
    public static PaperUpsert Link(Func<PaperRecord, PaperUpsert> link, PaperRecord record, out ReadProblem? failure)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            failure = null;
            return link(record);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failure = new ReadProblem(record.Source, $"linking failed ({ex.GetType().Name}: {ex.Message}); the paper is stored without links");
            return new PaperUpsert(record);
        }
    }
}
