using System.Text.Json;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.OpenAlex;

/// <summary>
/// Reads OpenAlex work JSON: a single work, a list response (<c>results</c>, streamed element by element) or a
/// top-level array. Other OpenAlex entities (authors, concepts, institutions, sources, topics, funders,
/// publishers) are not papers and each becomes a problem.
/// </summary>
public sealed class OpenAlexWorkReader() : JsonListPaperReader("\"https://openalex.org/", "results")
{
    public override string Format => "openalex";

    protected override ReadOutcome ToOutcome(JsonElement w, SourceLocation location)
    {
        var rawId = w.Str("id");
        var openAlexId = Identity.IdNormalizer.OpenAlex(rawId);
        if (openAlexId is null)
        {
            return rawId is not null && rawId.Contains("openalex.org/", StringComparison.OrdinalIgnoreCase)
                ? ReadOutcome.Fail(location, $"not an OpenAlex work ({rawId.Split('/')[^1]})")
                : ReadOutcome.Fail(location, "not an OpenAlex work: no \"id\" of the form https://openalex.org/W…");
        }
        var title = w.Str("title") ?? w.Str("display_name");
        if (string.IsNullOrWhiteSpace(title)) return ReadOutcome.Fail(location, $"work {openAlexId} has no title");

        var ids = new ExternalIdsBuilder().OpenAlex(openAlexId).Doi(w.Str("doi"));
        if (w.Prop("ids") is { } idObject)
        {
            ids.Doi(idObject.Str("doi"));
            ids.Other("mag", idObject.Str("mag"));
            ids.Other("pmid", idObject.Str("pmid")?.TrimEnd('/').Split('/')[^1]);
            ids.Other("pmcid", idObject.Str("pmcid")?.TrimEnd('/').Split('/')[^1]);
        }
        // arXiv copies show up as a location whose landing page is on arxiv.org.
        foreach (var place in w.Items("locations"))
        {
            if (place.Str("landing_page_url") is { } url && url.Contains("arxiv.org/abs/", StringComparison.OrdinalIgnoreCase)) ids.Arxiv(url);
        }

        var published = w.Str("publication_date");
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = TextDecoding.CollapseWhitespace(title),
            Abstract = RebuildAbstract(w.Prop("abstract_inverted_index")),
            Authors = w.Items("authorships").Select(a => a.Prop("author")?.Str("display_name")).DistinctNonEmpty(),
            Published = published,
            Year = w.Int("publication_year") ?? TextDecoding.YearOf(published),
            Venue = w.Prop("primary_location")?.Prop("source")?.Str("display_name") ?? w.Prop("host_venue")?.Str("display_name"),
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = w.Items("concepts").Where(c => c.Int("level") is 0 or 1).Select(c => c.Str("display_name")).DistinctNonEmpty(),
            References = w.Items("referenced_works")
                .Select(r => Identity.IdNormalizer.OpenAlex(r.AsText()))
                .OfType<string>()
                .Select(id => new PaperReference { Ids = new Model.ExternalIds { OpenAlexId = id } })
                .ToList(),
            Source = location,
        });
    }

    /// <summary>OpenAlex ships abstracts as word → positions; this puts the words back in order.</summary>
    internal static string? RebuildAbstract(JsonElement? invertedIndex)
    {
        if (invertedIndex is not { ValueKind: JsonValueKind.Object } index) return null;
        var words = new SortedDictionary<int, string>();
        foreach (var entry in index.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var position in entry.Value.EnumerateArray())
            {
                if (position.ValueKind == JsonValueKind.Number && position.TryGetInt32(out var p) && p >= 0) words.TryAdd(p, entry.Name);
            }
        }
        return words.Count == 0 ? null : string.Join(' ', words.Values);
    }
}
