using KnowledgeGraph.Worker;

namespace KnowledgeGraph.Cli;

/// <summary>What one <c>kg serve</c> process runs: the API, the inbox worker, or both over one store.</summary>
internal sealed record ServeSettings(string DatabasePath, string Urls, bool Api, bool Worker, Action<InboxWorkerOptions> ConfigureWorker)
{
    /// <summary>Which store serves and takes the worker's batches: <c>sqlite</c> (default) or <c>neo4j</c>.</summary>
    public string Store { get; init; } = StoreFactory.Sqlite;

    /// <summary>
    /// The inbox watched when <c>--inbox</c> is not given: <c>inbox/</c> beside the database file, so the default
    /// database <c>data/kg.db</c> gets <c>data/inbox/</c> and a database elsewhere keeps its inbox with it.
    /// </summary>
    public static string DefaultInbox(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "inbox");
}
