using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Linking;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Ingest;

/// <summary>
/// The ingest mutation's work, the same path a file takes through <c>kg ingest</c>: validate each record
/// (<see cref="RecordValidator"/>), enrich references, link (<see cref="PaperLinker"/>) and upsert in one batch
/// (one transaction). A bad paper is reported with its index and skipped; the others are written.
/// </summary>
public sealed class ApiIngestService(IGraphStore store, Lazy<PaperLinker> linker)
{
    private readonly IGraphStore _store = store;
    private readonly Lazy<PaperLinker> _linker = linker;

    public async Task<IngestOutcome> IngestAsync(IReadOnlyList<PaperInput> papers, CancellationToken cancellationToken)
    {
        var problems = new List<IngestProblem>();
        var upserts = new List<PaperUpsert>(papers.Count);
        for (var i = 0; i < papers.Count; i++)
        {
            var (record, problem) = ToRecord(papers[i], i);
            problem ??= RecordValidator.Validate(record);
            if (problem is not null)
            {
                problems.Add(new IngestProblem(i, problem));
                continue;
            }
            upserts.Add(_linker.Value.ToUpsert(ReferenceIdEnricher.Enrich(record)));
        }
        var summary = upserts.Count == 0 ? new UpsertSummary() : await _store.UpsertPapersAsync(upserts, cancellationToken);
        return new IngestOutcome(summary, problems);
    }

    private static (PaperRecord Record, string? Problem) ToRecord(PaperInput input, int index)
    {
        string? problem = null;
        var doi = input.Doi is { Length: > 0 } rawDoi ? IdNormalizer.Doi(rawDoi) : null;
        if (input.Doi is { Length: > 0 } && doi is null) problem = $"doi '{input.Doi}' is not a DOI";
        var arxiv = input.Arxiv is { Length: > 0 } rawArxiv ? IdNormalizer.Arxiv(rawArxiv) : null;
        if (input.Arxiv is { Length: > 0 } && arxiv is null) problem ??= $"arxiv '{input.Arxiv}' is not an arXiv id";
        for (var j = 0; problem is null && j < (input.References?.Count ?? 0); j++)
        {
            // Refused like the paper's own ids: a reference id the client spelled wrong is for the client to fix, not to drop quietly.
            var reference = input.References![j];
            if (reference.Doi is { Length: > 0 } refDoi && IdNormalizer.Doi(refDoi) is null) problem = $"references[{j}].doi '{refDoi}' is not a DOI";
            else if (reference.Arxiv is { Length: > 0 } refArxiv && IdNormalizer.Arxiv(refArxiv) is null) problem = $"references[{j}].arxiv '{refArxiv}' is not an arXiv id";
        }
        var record = new PaperRecord
        {
            Title = input.Title.Trim(),
            Abstract = string.IsNullOrWhiteSpace(input.Abstract) ? null : input.Abstract.Trim(),
            Authors = input.Authors?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList() ?? [],
            Published = input.Published,
            Year = input.Year ?? YearOf(input.Published),
            Venue = input.Venue,
            Ids = new ExternalIds { Doi = doi, ArxivId = arxiv },
            References = input.References?.Select(r => new PaperReference
            {
                Ids = new ExternalIds
                {
                    Doi = r.Doi is { Length: > 0 } d ? IdNormalizer.Doi(d) : null,
                    ArxivId = r.Arxiv is { Length: > 0 } a ? IdNormalizer.Arxiv(a) : null,
                },
                Title = r.Title,
            }).ToList() ?? [],
            Source = new SourceLocation("graphql:ingest", "graphql", null, index + 1),
        };
        return (record, problem);
    }

    private static int? YearOf(string? published) =>
        published is { Length: >= 4 } && int.TryParse(published.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
}
