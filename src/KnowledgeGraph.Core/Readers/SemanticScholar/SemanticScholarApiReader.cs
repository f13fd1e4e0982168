using System.Text.Json;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.SemanticScholar;

/// <summary>
/// Reads Semantic Scholar Graph API paper JSON: one paper, a <c>data</c> list (search and paging responses,
/// streamed) or a top-level array (batch responses). <c>references</c> become the record's references;
/// <c>citations</c> (papers citing this one, the reverse edges) are not read, since each citing paper lists its own references.
/// </summary>
public sealed class SemanticScholarApiReader() : JsonListPaperReader("\"paperId\"", "data")
{
    public override string Format => "semantic-scholar";

    protected override ReadOutcome ToOutcome(JsonElement p, SourceLocation location)
    {
        var paperId = p.Str("paperId");
        if (paperId is null)
        {
            return ReadOutcome.Fail(location, "not a Semantic Scholar paper (no paperId)");
        }
        var title = p.Str("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return ReadOutcome.Fail(location, $"Semantic Scholar paper {paperId} has no title (was the title field requested?)");
        }

        var ids = new ExternalIdsBuilder().SemanticScholar(paperId).CorpusId(p.Str("corpusId"));
        SemanticScholarIds.Add(ids, p.Prop("externalIds"));
        var published = p.Str("publicationDate");
        var venue = p.Str("venue") ?? p.Prop("publicationVenue")?.Str("name") ?? p.Prop("journal")?.Str("name");
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = TextDecoding.CollapseWhitespace(title),
            Abstract = p.Str("abstract"),
            Authors = p.Items("authors").Select(a => a.Str("name")).DistinctNonEmpty(),
            Published = published,
            Year = p.Int("year") ?? TextDecoding.YearOf(published),
            Venue = venue,
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = p.Items("fieldsOfStudy").Select(f => f.AsText()).DistinctNonEmpty(),
            References = p.Items("references").Select(ToReference).OfType<PaperReference>().ToList(),
            Source = location,
        });
    }

    private static PaperReference? ToReference(JsonElement r)
    {
        // A reference is either the paper itself or wrapped as {"citedPaper": {...}} (the /references endpoint).
        var paper = r.Prop("citedPaper") ?? r;
        var ids = new ExternalIdsBuilder().SemanticScholar(paper.Str("paperId")).CorpusId(paper.Str("corpusId"));
        SemanticScholarIds.Add(ids, paper.Prop("externalIds"));
        var reference = new PaperReference { Ids = ids.Build(), Title = paper.Str("title"), Year = paper.Int("year") };
        return reference.Ids.IsEmpty && reference.Title is null ? null : reference;
    }
}
