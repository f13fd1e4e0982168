using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Readers.Common;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.SemanticScholar;

/// <summary>
/// Reads Semantic Scholar Academic Graph (S2AG) bulk JSON Lines. <c>papers</c> lines are full records;
/// <c>abstracts</c> lines become partial records (corpus id + abstract) and <c>citations</c> lines partial
/// records (citing corpus id + one reference), which the store merges into the paper by its corpus id
/// (see <see cref="PaperRecord.IsPartial"/>). Citation lines whose cited paper is unknown
/// (<c>citedcorpusid</c> null) carry no edge and are skipped silently. The other datasets (authors, venues,
/// paper-ids, embeddings, tldrs, s2orc) hold no paper records: such a file yields one problem and is not read further.
/// </summary>
public sealed class SemanticScholarBulkReader : IPaperReader
{
    public string Format => "semantic-scholar-bulk";

    public int Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var text = TextDecoding.HeadText(head).TrimStart();
        if (!text.StartsWith('{')) return 0;
        var firstLine = text.Split('\n', 2)[0];
        return Classify(firstLine) is not null ? 2 : 0;
    }

    public async IAsyncEnumerable<ReadOutcome> ReadAsync(Stream stream, string sourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        await foreach (var line in JsonLines.ReadAsync(stream, cancellationToken))
        {
            recordNumber++;
            var location = new SourceLocation(sourceName, Format, line.Line, recordNumber);
            if (line.Error is not null)
            {
                yield return ReadOutcome.Fail(location, line.Error);
                if (line.Fatal) yield break;
                continue;
            }

            var o = line.Element;
            var dataset = Dataset(o);
            if (dataset is "papers" or "abstracts" or "citations")
            {
                if (dataset == "citations" && o.Str("citedcorpusid") is null) continue;
                yield return SafeMap.Run(() => dataset switch
                {
                    "papers" => Paper(o, location),
                    "abstracts" => Abstract(o, location),
                    _ => Citation(o, location),
                }, location);
                continue;
            }

            var what = dataset is null ? "an unknown S2AG line" : $"the S2AG \"{dataset}\" dataset";
            yield return ReadOutcome.Fail(location, $"{what} holds no paper records; this file is not read (papers, abstracts and citations are)");
            yield break;
        }
    }

    private ReadOutcome Paper(JsonElement o, SourceLocation location)
    {
        var ids = new ExternalIdsBuilder().CorpusId(o.Str("corpusid")).SemanticScholar(o.Str("url"));
        SemanticScholarIds.Add(ids, o.Prop("externalids"));
        var title = o.Str("title");
        if (string.IsNullOrWhiteSpace(title)) return ReadOutcome.Fail(location, $"paper {o.Str("corpusid")} has no title");
        var published = o.Str("publicationdate");
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = TextDecoding.CollapseWhitespace(title),
            Authors = o.Items("authors").Select(a => a.Str("name")).DistinctNonEmpty(),
            Published = published,
            Year = o.Int("year") ?? TextDecoding.YearOf(published),
            Venue = o.Str("venue") ?? o.Prop("journal")?.Str("name"),
            Ids = ids.Build(),
            Warnings = ids.Rejected,
            Categories = o.Items("s2fieldsofstudy").Select(f => f.Str("category")).DistinctNonEmpty(),
            Source = location,
        });
    }

    private ReadOutcome Abstract(JsonElement o, SourceLocation location)
    {
        var ids = new ExternalIdsBuilder().CorpusId(o.Str("corpusid"));
        SemanticScholarIds.Add(ids, o.Prop("openaccessinfo")?.Prop("externalids"));
        var text = o.Str("abstract");
        if (string.IsNullOrWhiteSpace(text)) return ReadOutcome.Fail(location, $"abstract line for {o.Str("corpusid")} has no abstract");
        return ReadOutcome.Ok(new PaperRecord { Title = string.Empty, Abstract = text, Ids = ids.Build(), IsPartial = true, Source = location });
    }

    private ReadOutcome Citation(JsonElement o, SourceLocation location)
    {
        var citing = Identity.IdNormalizer.CorpusId(o.Str("citingcorpusid"));
        var cited = Identity.IdNormalizer.CorpusId(o.Str("citedcorpusid"));
        if (citing is null || cited is null) return ReadOutcome.Fail(location, "citation line has an invalid corpus id");
        return ReadOutcome.Ok(new PaperRecord
        {
            Title = string.Empty,
            Ids = new ExternalIds { CorpusId = citing },
            References = [new PaperReference { Ids = new ExternalIds { CorpusId = cited } }],
            IsPartial = true,
            Source = location,
        });
    }

    private static string? Dataset(JsonElement o)
    {
        bool Has(string name) => o.TryGetProperty(name, out _);
        if (Has("citingcorpusid")) return "citations";
        if (Has("authorid")) return "authors";
        if (Has("corpusid"))
        {
            if (Has("title")) return "papers";
            if (Has("abstract")) return "abstracts";
            if (Has("sha")) return "paper-ids";
            if (Has("vector")) return "embeddings";
            if (Has("content")) return "s2orc";
            if (Has("text")) return "tldrs";
        }
        if (Has("issn") || Has("alternate_names")) return "publication-venues";
        return null;
    }

    /// <summary>Cheap sniff of the first line by its keys (the line may be cut off in the head).</summary>
    private static string? Classify(string firstLine)
    {
        if (firstLine.Contains("\"citingcorpusid\"", StringComparison.Ordinal)) return "citations";
        if (firstLine.Contains("\"authorid\"", StringComparison.Ordinal) && firstLine.Contains("\"papercount\"", StringComparison.Ordinal)) return "authors";
        if (firstLine.Contains("\"corpusid\"", StringComparison.Ordinal)) return "corpus";
        if (firstLine.Contains("\"alternate_issns\"", StringComparison.Ordinal)) return "publication-venues";
        return null;
    }
}
