namespace KnowledgeGraph.Core.Storage.Inbox;

/// <summary>The last analytics refresh the worker finished: when, over how many papers, and how long it took.</summary>
public sealed record AnalyticsRefreshRecord(DateTimeOffset At, int Papers, int Communities, double Seconds);
