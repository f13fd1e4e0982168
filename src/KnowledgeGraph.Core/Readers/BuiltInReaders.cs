using KnowledgeGraph.Core.Readers.Arxiv;
using KnowledgeGraph.Core.Readers.Bibtex;
using KnowledgeGraph.Core.Readers.CitationNetworks;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Core.Readers.OpenAlex;
using KnowledgeGraph.Core.Readers.SemanticScholar;
using KnowledgeGraph.Core.Readers.Trending;

namespace KnowledgeGraph.Core.Readers;

/// <summary>The readers that ship with KnowledgeGraph. On equal detection scores the earlier reader wins.</summary>
public static class BuiltInReaders
{
    public static IReadOnlyList<IPaperReader> All() =>
    [
        new TrendingPageReader(),
        new ArxivAtomReader(),
        new PaperJsonlReader(),
        new OpenAlexWorkReader(),
        new SemanticScholarApiReader(),
        new SemanticScholarBulkReader(),
        new BibtexReader(),
        new NodeTableReader(),
        new EdgeListReader(),
    ];
}
