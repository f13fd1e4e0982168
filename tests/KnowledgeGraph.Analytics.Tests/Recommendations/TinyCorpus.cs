using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Tests.Recommendations;

/// <summary>Eight hand-made papers: two state-space-model papers on ImageNet, cited together by two surveys.</summary>
internal static class TinyCorpus
{
    public static SnapshotInput Input() => new(
        [
            new PaperInput("p0", "Vision Mamba: selective state spaces for image classification", "We evaluate on ImageNet.", 2024),
            new PaperInput("p1", "VMamba: visual state space model", "Evaluated on ImageNet and COCO.", 2024),
            new PaperInput("p2", "A survey of state space models", null, 2024),
            new PaperInput("p3", "Efficient sequence models survey", null, 2024),
            new PaperInput("p4", "Graph neural networks for molecules", "We study molecular property prediction.", 2021),
            new PaperInput("p5", "Mamba: linear-time sequence modeling with selective state spaces", null, 2023),
            new PaperInput("p6", "Deep residual learning for image recognition", null, 2015),
            new PaperInput("p7", "Message passing for quantum chemistry", null, 2017),
        ],
        [
            new CitationInput("p2", "p0"), new CitationInput("p2", "p1"),
            new CitationInput("p3", "p0"), new CitationInput("p3", "p1"),
            new CitationInput("p0", "p5"), new CitationInput("p1", "p5"),
            new CitationInput("p0", "p6"), new CitationInput("p4", "p7"),
            new CitationInput("p0", "p5"), new CitationInput("p6", "p6"),
        ],
        [
            new EntityInput("p0", RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet"),
            new EntityInput("p1", RelationshipType.EvaluatesOn, NodeLabel.Dataset, "ImageNet"),
            new EntityInput("p0", RelationshipType.Uses, NodeLabel.Method, "Mamba", "state space model"),
            new EntityInput("p1", RelationshipType.Uses, NodeLabel.Method, "Mamba", "state space model"),
            new EntityInput("p4", RelationshipType.Addresses, NodeLabel.Task, "molecular property prediction"),
            new EntityInput("p7", RelationshipType.Addresses, NodeLabel.Task, "molecular property prediction"),
            new EntityInput("unknown-paper", RelationshipType.Uses, NodeLabel.Method, "Transformer"),
        ]);
}
