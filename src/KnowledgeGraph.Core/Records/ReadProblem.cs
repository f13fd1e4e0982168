namespace KnowledgeGraph.Core.Records;

/// <summary>A record a reader had to skip, with where it is and what is wrong with it.</summary>
public sealed record ReadProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
