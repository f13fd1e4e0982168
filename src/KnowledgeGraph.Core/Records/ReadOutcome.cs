namespace KnowledgeGraph.Core.Records;

/// <summary>What a reader yields per record: either a record or the problem that made it skip one.</summary>
public readonly record struct ReadOutcome
{
    private ReadOutcome(PaperRecord? record, ReadProblem? problem)
    {
        Record = record;
        Problem = problem;
    }

    public PaperRecord? Record { get; }
    public ReadProblem? Problem { get; }

    public static ReadOutcome Ok(PaperRecord record) => new(record, null);

    public static ReadOutcome Fail(SourceLocation location, string message) => new(null, new ReadProblem(location, message));
}
