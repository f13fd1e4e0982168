using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Contract;

/// <summary>Small hand-built records for the contract tests.</summary>
public static class TestPapers
{
    public static readonly SourceLocation Source = new("contract.jsonl", "test", RecordNumber: 1);

    public static PaperRecord Record(
        string title,
        string? arxiv = null,
        string? doi = null,
        string? abstractText = null,
        IReadOnlyList<string>? authors = null,
        IReadOnlyList<PaperReference>? references = null,
        int? year = null) => new()
        {
            Title = title,
            Abstract = abstractText,
            Authors = authors ?? [],
            Year = year,
            Ids = new ExternalIds { ArxivId = arxiv, Doi = doi },
            References = references ?? [],
            Source = Source,
        };

    public static PaperUpsert Upsert(PaperRecord record, params EntityLink[] links) => new(record, links);

    public static PaperReference CitesArxiv(string arxiv) => new() { Ids = new ExternalIds { ArxivId = arxiv } };

    public static PaperReference CitesDoi(string doi, string? title = null) => new() { Ids = new ExternalIds { Doi = doi }, Title = title };

    public static PaperReference CitesTitle(string title, int? year = null) => new() { Title = title, Year = year };

    public static EntityLink Link(RelationshipType type, NodeLabel label, string name, double confidence = 0.9, string? parent = null) => new()
    {
        Type = type,
        Label = label,
        Name = name,
        Surface = name.ToLowerInvariant(),
        Evidence = $"We build on {name} throughout.",
        EvidenceStart = 42,
        Confidence = confidence,
        Extractor = "contract-test",
        Properties = parent is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["parent"] = parent },
    };
}
