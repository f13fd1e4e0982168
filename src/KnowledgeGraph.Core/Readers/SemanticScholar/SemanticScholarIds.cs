using System.Text.Json;
using KnowledgeGraph.Core.Readers.Common;

namespace KnowledgeGraph.Core.Readers.SemanticScholar;

/// <summary>Reads Semantic Scholar <c>externalIds</c> objects (API: <c>DOI</c>, <c>ArXiv</c>; bulk: any case).</summary>
internal static class SemanticScholarIds
{
    public static ExternalIdsBuilder Add(ExternalIdsBuilder ids, JsonElement? externalIds)
    {
        if (externalIds is not { ValueKind: JsonValueKind.Object } obj) return ids;
        foreach (var property in obj.EnumerateObject())
        {
            var value = property.Value.AsText();
            if (value is null) continue;
            switch (property.Name.ToLowerInvariant())
            {
                case "doi": ids.Doi(value); break;
                case "arxiv": ids.Arxiv(value); break;
                case "corpusid": ids.CorpusId(value); break;
                case "mag": ids.Other("mag", value); break;
                case "acl": ids.Other("acl", value); break;
                case "dblp": ids.Other("dblp", value); break;
                case "pubmed": ids.Other("pmid", value); break;
                case "pubmedcentral": ids.Other("pmcid", value); break;
            }
        }
        return ids;
    }
}
