namespace KnowledgeGraph.Analytics.Communities;

/// <summary>Community per vertex (0..Count-1, largest first), the community count and the modularity.</summary>
public sealed record CommunityResult(int[] Membership, int Count, double Modularity, int Levels);
