namespace KnowledgeGraph.Core.Storage;

/// <summary>What one upsert batch changed. Writing the same batch twice gives <see cref="Added"/> = 0 the second time.</summary>
public sealed record UpsertSummary
{
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    /// <summary>Referenced papers not yet in the graph, created as stubs.</summary>
    public int StubsCreated { get; init; }
    /// <summary>Stubs that a real record filled in.</summary>
    public int StubsFilled { get; init; }
    public int CitationsAdded { get; init; }

    public static UpsertSummary operator +(UpsertSummary a, UpsertSummary b) => new()
    {
        Added = a.Added + b.Added,
        Updated = a.Updated + b.Updated,
        Unchanged = a.Unchanged + b.Unchanged,
        StubsCreated = a.StubsCreated + b.StubsCreated,
        StubsFilled = a.StubsFilled + b.StubsFilled,
        CitationsAdded = a.CitationsAdded + b.CitationsAdded,
    };
}
