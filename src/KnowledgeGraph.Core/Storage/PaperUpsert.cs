using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Storage;

/// <summary>One paper to write: the record as read, and the entity links found in it (empty before linking).</summary>
public sealed record PaperUpsert(PaperRecord Record, IReadOnlyList<EntityLink> Links)
{
    public PaperUpsert(PaperRecord record) : this(record, []) { }
}
