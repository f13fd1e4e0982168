using KnowledgeGraph.Analytics.Similarity;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Recommendations;

/// <summary>Turns the signals behind one recommendation into sentences a reader can check.</summary>
internal sealed class ReasonBuilder(AnalyticsSnapshot snapshot)
{
    private const int MaxEntities = 3;

    public IReadOnlyList<Reason> Explain(IReadOnlyList<int> positive, IReadOnlyList<int> negative, int candidate, ScoreParts parts, SignalSet signals)
    {
        var reasons = new List<(double Weight, Reason Reason)>();
        var graph = snapshot.Citations;

        foreach (var seed in positive)
        {
            if (graph.HasEdge(candidate, seed)) reasons.Add((10, new Reason(ReasonKind.DirectCitation, $"cites {Quote(seed)}")));
            if (graph.HasEdge(seed, candidate)) reasons.Add((10, new Reason(ReasonKind.DirectCitation, $"is cited by {Quote(seed)}")));
        }

        if (parts.Entities > 0)
        {
            var shared = positive.SelectMany(seed => snapshot.Entities.Shared(seed, candidate))
                .GroupBy(s => s.Entity).Select(g => g.First())
                .OrderByDescending(s => snapshot.Entities.Idf[s.Entity]).Take(MaxEntities);
            foreach (var (entity, a, b) in shared)
            {
                reasons.Add((parts.Entities + snapshot.Entities.Idf[entity] / 100, new Reason(ReasonKind.SharedEntity, EntityPhrase(entity, a, b))));
            }
        }

        var coCited = (int)signals.CoCitation[candidate];
        if (coCited > 0)
        {
            reasons.Add((parts.CoCitation + 0.01, new Reason(ReasonKind.CoCitation, $"cited together by {coCited} paper{(coCited == 1 ? "" : "s")}")));
        }

        var sharedReferences = (int)signals.SharedReferences[candidate];
        if (sharedReferences > 0)
        {
            var example = positive.SelectMany(seed => CoCitation.SharedReferences(graph, seed, candidate))
                .OrderBy(r => graph.InDegree(r)).FirstOrDefault(-1);
            var text = $"both cite {sharedReferences} of the same paper{(sharedReferences == 1 ? "" : "s")}";
            if (example >= 0) text += $", e.g. “{Short(snapshot.Titles[example])}”";
            reasons.Add((parts.Coupling + 0.01, new Reason(ReasonKind.Coupling, text)));
        }

        if (parts.Text > 0)
        {
            var words = positive.SelectMany(seed => snapshot.Text.SharedTerms(seed, candidate)).Distinct().Take(4).ToList();
            if (words.Count > 0)
            {
                reasons.Add((parts.Text, new Reason(ReasonKind.Text, $"similar wording: {string.Join(", ", words.Select(w => $"“{w}”"))}")));
            }
        }

        if (parts.Graph > 0 && !reasons.Any(r => r.Reason.Kind is ReasonKind.DirectCitation or ReasonKind.CoCitation or ReasonKind.Coupling))
        {
            reasons.Add((parts.Graph, new Reason(ReasonKind.GraphProximity,
                $"close in the citation graph (personalized PageRank {signals.Graph[candidate]:0.0000})")));
        }

        if (snapshot.Communities is { } communities && positive.All(seed => communities.Membership[seed] == communities.Membership[candidate]))
        {
            var id = communities.Membership[candidate];
            var label = id < snapshot.CommunityLabels.Count ? string.Join(", ", snapshot.CommunityLabels[id].TopTerms) : "";
            reasons.Add((0.001, new Reason(ReasonKind.Community, $"same research community #{id}{(label.Length > 0 ? $" ({label})" : "")}")));
        }

        if (parts.Negative < 0)
        {
            var names = string.Join(", ", negative.Select(n => Quote(n)));
            reasons.Add((0, new Reason(ReasonKind.Negative, $"ranked down {-parts.Negative:0.000} for resembling {names}")));
        }

        return reasons.OrderByDescending(r => r.Weight).Select(r => r.Reason).ToList();
    }

    private string EntityPhrase(int entity, RelationshipType a, RelationshipType b)
    {
        var name = snapshot.Entities.Names[entity];
        var broader = snapshot.Entities.Broader[entity];
        var label = snapshot.Entities.Labels[entity];
        var display = broader is null || string.Equals(broader, name, StringComparison.OrdinalIgnoreCase) ? name : $"{name} ({broader})";
        if (a != b) return $"both involve {display} ({label.ToString().ToLowerInvariant()})";
        return a switch
        {
            RelationshipType.EvaluatesOn => $"both evaluate on {display}",
            RelationshipType.Uses or RelationshipType.BuildsOn => $"both build on {display}",
            RelationshipType.Proposes => $"both propose {display}",
            RelationshipType.ComparesWith => $"both compare with {display}",
            RelationshipType.Addresses => $"both address {display}",
            RelationshipType.AuthoredBy => $"both written by {display}",
            _ => $"both are about {display}",
        };
    }

    private string Quote(int paper) => $"“{Short(snapshot.Titles[paper])}”";

    private static string Short(string title) => title.Length <= 60 ? title : title[..57] + "…";
}
