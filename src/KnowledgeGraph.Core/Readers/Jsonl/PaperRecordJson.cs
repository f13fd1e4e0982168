using System.Text.Json;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Jsonl;

/// <summary>
/// Maps one object of our paper-record JSON format (<c>schema/paper-record.schema.json</c>) to a record.
/// Property names are those of <see cref="PaperRecordJsonWriter"/>.
/// </summary>
internal static class PaperRecordJson
{
    /// <summary>The record, or the reason the object is not one.</summary>
    public static (PaperRecord? Record, string? Error) Parse(JsonElement o, SourceLocation location)
    {
        var partial = o.Bool("partial");
        var title = o.Str("title");
        if (o.Prop("title") is { } t && t.ValueKind != JsonValueKind.String) return (null, "\"title\" must be a string");
        if (string.IsNullOrWhiteSpace(title) && !partial) return (null, "record has no \"title\"");

        var ids = new ExternalIdsBuilder()
            .Doi(o.Str("doi"))
            .Arxiv(o.Str("arxivId"))
            .OpenAlex(o.Str("openAlexId"))
            .SemanticScholar(o.Str("semanticScholarId"))
            .CorpusId(o.Str("corpusId"));
        ids.Key(o.Str("id"), "source");
        if (o.Prop("otherIds") is { ValueKind: JsonValueKind.Object } other)
        {
            foreach (var property in other.EnumerateObject()) ids.Other(property.Name, property.Value.AsText());
        }

        var published = o.Str("published");
        return (new PaperRecord
        {
            Title = title?.Trim() ?? string.Empty,
            Abstract = o.Str("abstract"),
            Authors = o.Items("authors").Select(a => a.AsText()).DistinctNonEmpty(),
            Published = published,
            Year = o.Int("year") ?? TextDecoding.YearOf(published),
            Venue = o.Str("venue"),
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = o.Items("categories").Select(c => c.AsText()).DistinctNonEmpty(),
            References = o.Items("references").Select(ParseReference).OfType<PaperReference>().ToList(),
            IsPartial = partial,
            Source = location,
        }, null);
    }

    private static PaperReference? ParseReference(JsonElement r)
    {
        if (r.ValueKind == JsonValueKind.String)
        {
            var text = r.GetString();
            var ids = new ExternalIdsBuilder();
            // A string that is not an id (no scheme, not a DOI/arXiv/OpenAlex URL) is a printed reference.
            var hasScheme = text is not null && text.Contains(':', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);
            if (hasScheme && ids.Key(text, "ref")) return new PaperReference { Ids = ids.Build() };
            return string.IsNullOrWhiteSpace(text) ? null : new PaperReference { RawText = text };
        }
        if (r.ValueKind != JsonValueKind.Object) return null;

        var builder = new ExternalIdsBuilder()
            .Doi(r.Str("doi"))
            .Arxiv(r.Str("arxivId"))
            .OpenAlex(r.Str("openAlexId"))
            .SemanticScholar(r.Str("semanticScholarId"))
            .CorpusId(r.Str("corpusId"));
        builder.Key(r.Str("id"), "ref");
        var reference = new PaperReference
        {
            Ids = builder.Build(),
            Title = r.Str("title"),
            Year = r.Int("year"),
            RawText = r.Str("raw"),
        };
        return reference.Ids.IsEmpty && reference.Title is null && reference.RawText is null ? null : reference;
    }
}
