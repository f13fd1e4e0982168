namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>
/// The weighted contributions that add up to a recommendation's score: text, shared entities, co-citation,
/// bibliographic coupling, graph proximity (personalized PageRank), and the (non-positive) negative-seed penalty.
/// </summary>
public sealed record ScoreParts(double Text, double Entities, double CoCitation, double Coupling, double Graph, double Negative)
{
    public double Total => Text + Entities + CoCitation + Coupling + Graph + Negative;
}
