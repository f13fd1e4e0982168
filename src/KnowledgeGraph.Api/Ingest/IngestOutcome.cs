using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Ingest;

/// <summary>What one ingest mutation did: the store's counts (added vs merged into existing papers) and the papers refused.</summary>
public sealed record IngestOutcome(UpsertSummary Store, IReadOnlyList<IngestProblem> Problems)
{
    /// <summary>Papers that merged into a paper already in the graph (changed or not).</summary>
    public int Merged => Store.Updated + Store.Unchanged;
}

/// <summary>A paper of the mutation that was not ingested: its 0-based index in the list and what is wrong.</summary>
public sealed record IngestProblem(int Index, string Message);
