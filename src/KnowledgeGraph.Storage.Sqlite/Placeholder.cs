namespace KnowledgeGraph.Storage.Sqlite;
internal static class Placeholder { }
