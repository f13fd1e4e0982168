using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// One node on a path: its id (paper id or entity id such as <c>method:mamba</c>), label and display name, and the
/// relationship that led here from the previous step (null on the first step).
/// </summary>
public sealed record PathStep(string Id, NodeLabel Label, string Name, RelationshipType? Via);
