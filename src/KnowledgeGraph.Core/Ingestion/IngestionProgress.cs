namespace KnowledgeGraph.Core.Ingestion;

/// <summary>Progress of an ingest, reported after every batch.</summary>
public readonly record struct IngestionProgress(string CurrentFile, int FileIndex, int FileCount, long RecordsRead, int Problems);
