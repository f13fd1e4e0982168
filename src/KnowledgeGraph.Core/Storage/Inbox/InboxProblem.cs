namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>A bad record (or a whole-file failure) the worker met, with the file it came from and where in it.</summary>
public sealed record InboxProblem(string Sha256, string FileName, string Location, string Message, DateTimeOffset At)
{
    public override string ToString() => $"{Location}: {Message}";
}
