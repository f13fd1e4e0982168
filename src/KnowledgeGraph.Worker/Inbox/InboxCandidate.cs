namespace KnowledgeGraph.Worker.Inbox;

/// <summary>A file in an inbox that has stopped changing and can be processed.</summary>
public sealed record InboxCandidate(InboxFolder Inbox, string Path);
