namespace KnowledgeGraph.Analytics.Refresh;

/// <summary>What one refresh did: papers and communities in the new snapshot, time to project it and to write results back.</summary>
public sealed record AnalyticsRefreshResult(int Papers, int Communities, TimeSpan ProjectTime, TimeSpan WriteBackTime, DateTimeOffset BuiltAt)
{
    public TimeSpan Total => ProjectTime + WriteBackTime;
}
