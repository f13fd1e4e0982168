using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>How records are batched into the store.</summary>
public sealed class IngestionOptions
{
    /// <summary>Records per store transaction. Larger batches amortize commits; 2,000 keeps a batch well under 50 ms.</summary>
    [Range(1, 1_000_000)]
    public int BatchSize { get; set; } = 2_000;
}
