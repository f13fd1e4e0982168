namespace KnowledgeGraph.Core.Model;

/// <summary>The node labels of the graph model; the same names are used as Neo4j labels.</summary>
public enum NodeLabel
{
    Paper,
    Author,
    Concept,
    Method,
    Dataset,
    Task,
    Metric,
    Result,
}
