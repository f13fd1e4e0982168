using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Worker.Inbox;

/// <summary>Linked papers of one file and the checkpoint that commits with them.</summary>
internal sealed record InboxBatch(IReadOnlyList<PaperUpsert> Papers, InboxCheckpoint Checkpoint);
