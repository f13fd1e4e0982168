using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Citations;

/// <summary>
/// Measures <see cref="TextIdExtractor"/> and <see cref="ReferenceStringMatcher"/> on unarXive bibliography entries.
/// The unarXive sample links entries to OpenAlex ids (and DOIs, arXiv ids) but holds no titles of the cited works,
/// so title matching against a catalogue of the cited papers cannot be measured on it; the parts are:
/// </summary>
/// <remarks>
/// <para>(a) Id extraction against the gold ids: over the entries with a gold OpenAlex id, for each scheme, recall =
/// entries whose gold id (<c>ids.arxiv_id</c>, <c>ids.doi</c>) is among the ids extracted from <c>bib_entry_raw</c> ÷
/// entries with such a gold id; precision = extracted ids equal to the gold id ÷ extracted ids of entries that have a
/// gold id of that scheme (ids extracted where the gold has none are counted apart as unverifiable). Most gold ids
/// were added by OpenAlex and are not printed in the string; how many are is reported as the ceiling.</para>
/// <para>(a') Id extraction against unarXive's own link annotations, over all entries: extracted arXiv ids against
/// <c>contained_arXiv_ids</c>, extracted DOIs against the DOIs of <c>doi.org</c> links, each restricted to the linked
/// ids printed in the string (a link may sit on a journal name instead; those are counted apart). Set overlap per
/// entry; an id printed without a link counts as a false positive, so this precision is a lower bound.</para>
/// <para>(b) Title matching as leave-one-out self-consistency: every gold-linked entry becomes a candidate (title
/// guessed from its string by <see cref="BibliographyString"/>, first year, first-author surname, extracted ids); each
/// entry is matched against all the others; matches are joined into clusters; pairwise precision/recall of those
/// clusters against the pairs of entries sharing a gold OpenAlex id. The sample has few such pairs (627 OpenAlex ids
/// for 633 entries), so recall rests on a handful of pairs; precision is the informative number (false merges among
/// ~200,000 pairs of different works). The matcher's threshold and the title heuristics were tuned on this sample:
/// there is no held-out split, so the numbers are optimistic.</para>
/// </remarks>
public static class ReferenceMatchingEvaluator
{
    public static ReferenceMatchingReport Evaluate(IReadOnlyList<GoldReference> entries, ReferenceMatcherOptions? options = null)
    {
        var gold = entries.Where(e => e.OpenAlexId is not null).ToList();
        var found = entries.ToDictionary(e => e, e => TextIdExtractor.Find(e.Raw));

        var unverifiable = 0;
        PrecisionRecall AgainstGold(string scheme, Func<GoldReference, string?> goldId, out int inText)
        {
            int tp = 0, fp = 0, fn = 0, present = 0;
            foreach (var e in gold)
            {
                var extracted = found[e].Where(f => f.Scheme == scheme).Select(f => f.Value).ToList();
                var expected = goldId(e);
                if (expected is null)
                {
                    unverifiable += extracted.Count;
                    continue;
                }
                if (e.Raw.Contains(expected, StringComparison.OrdinalIgnoreCase)) present++;
                if (extracted.Contains(expected)) tp++;
                else fn++;
                fp += extracted.Count(x => x != expected);
            }
            inText = present;
            return new PrecisionRecall(tp, fp, fn);
        }

        var arxivGold = AgainstGold("arxiv", e => e.ArxivId, out var arxivInText);
        var doiGold = AgainstGold("doi", e => e.Doi, out var doiInText);
        var notInText = 0;
        var arxivLinks = AgainstLinks(entries, found, "arxiv", e => e.LinkedArxivIds, ref notInText);
        var doiLinks = AgainstLinks(entries, found, "doi", e => e.LinkedDois, ref notInText);
        var (pairs, links, byId, wrong) = LeaveOneOut(gold, found, options);

        return new ReferenceMatchingReport(
            entries.Count, gold.Count, arxivGold, arxivInText, doiGold, doiInText, unverifiable, arxivLinks, doiLinks, notInText,
            gold.Select(e => e.OpenAlexId).Distinct().Count(), pairs, links, byId, wrong);
    }

    /// <summary>
    /// (c) Title matching against a real catalogue (e.g. arxiv-2023 read by the node-table reader): the catalogue's
    /// records with an arXiv id become candidates (year from the arXiv id's year-month when the record has none);
    /// every entry is matched with the ids it prints masked out, so only the title path is measured; the gold is the
    /// entry's arXiv id: <c>ids.arxiv_id</c>, else <c>contained_arXiv_ids</c>, else the arXiv id printed in the string
    /// (found by <see cref="TextIdExtractor"/>, whose arXiv precision on gold ids is 1.0 in part (a)).
    /// </summary>
    public static CatalogueMatchingReport EvaluateAgainstCatalogue(
        IReadOnlyList<GoldReference> entries, IEnumerable<Records.PaperRecord> catalogue, ReferenceMatcherOptions? options = null)
    {
        var candidates = catalogue.Where(r => r.Ids.ArxivId is not null).Select(r => new ReferenceCandidate(
            r.Ids.ArxivId!, r.Title, r.Year ?? YearOfArxivId(r.Ids.ArxivId!), LastWord(r.Authors.Count > 0 ? r.Authors[0] : null), r.Ids)).ToList();
        var matcher = new ReferenceStringMatcher(candidates, options);
        var keys = candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        int tp = 0, fp = 0, fn = 0, unverifiable = 0, gold = 0;
        var samples = new List<(string, string, double, string)>();
        foreach (var e in entries)
        {
            var printed = TextIdExtractor.Find(e.Raw);
            var expected = e.ArxivId ?? (e.LinkedArxivIds.Count > 0 ? e.LinkedArxivIds[0] : null) ?? printed.FirstOrDefault(f => f.Scheme == "arxiv")?.Value;
            var inCatalogue = expected is not null && keys.Contains(expected);
            if (inCatalogue) gold++;
            var match = matcher.Match(MaskIds(e.Raw, printed));
            string verdict;
            if (match is null)
            {
                if (inCatalogue) fn++;
                continue;
            }
            if (expected is null)
            {
                unverifiable++;
                verdict = "unverifiable";
            }
            else if (match.Candidate.Key == expected)
            {
                tp++;
                verdict = "right";
            }
            else
            {
                fp++;
                if (inCatalogue) fn++;
                verdict = "wrong";
            }
            if (verdict == "wrong" || samples.Count(x => x.Item4 != "wrong") < 10) samples.Add((e.Raw, match.Candidate.Title, Math.Round(match.Confidence, 3), verdict));
        }
        return new CatalogueMatchingReport(candidates.Count, gold, new PrecisionRecall(tp, fp, fn), unverifiable, samples);
    }

    private static string MaskIds(string raw, IReadOnlyList<FoundId> ids)
    {
        var chars = raw.ToCharArray();
        foreach (var id in ids) Array.Fill(chars, ' ', id.Index, id.Length);
        return new string(chars);
    }

    private static int? YearOfArxivId(string arxivId) =>
        arxivId.Length >= 9 && arxivId[4] == '.' && int.TryParse(arxivId.AsSpan(0, 2), out var yy) ? 2000 + yy : null;

    private static string? LastWord(string? name) =>
        name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();

    private static PrecisionRecall AgainstLinks(
        IReadOnlyList<GoldReference> entries, Dictionary<GoldReference, IReadOnlyList<FoundId>> found, string scheme,
        Func<GoldReference, IReadOnlyList<string>> linked, ref int notInText)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var e in entries)
        {
            var predicted = found[e].Where(f => f.Scheme == scheme).Select(f => f.Value).ToHashSet(StringComparer.Ordinal);
            // A link can sit on other text (a journal name) than the id: only ids printed in the string can be found.
            var expected = linked(e).Where(id => e.Raw.Contains(id, StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.Ordinal);
            notInText += linked(e).Count - expected.Count;
            tp += predicted.Count(expected.Contains);
            fp += predicted.Count(p => !expected.Contains(p));
            fn += expected.Count(x => !predicted.Contains(x));
        }
        return new PrecisionRecall(tp, fp, fn);
    }

    private static (PrecisionRecall Pairs, int Links, int ById, List<(string, string)> Wrong) LeaveOneOut(
        List<GoldReference> gold, Dictionary<GoldReference, IReadOnlyList<FoundId>> found, ReferenceMatcherOptions? options)
    {
        var candidates = gold.Select((e, i) => new ReferenceCandidate(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BibliographyString.GuessTitle(e.Raw),
            BibliographyString.Years(e.Raw) is { Count: > 0 } years ? years[0] : null,
            BibliographyString.FirstAuthorSurname(e.Raw),
            ToIds(found[e]))).ToList();
        var matcher = new ReferenceStringMatcher(candidates, options);

        var parent = Enumerable.Range(0, gold.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        int links = 0, byId = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (matcher.Match(gold[i].Raw, candidates[i].Key) is not { } match) continue;
            links++;
            if (match.ById) byId++;
            var j = int.Parse(match.Candidate.Key, System.Globalization.CultureInfo.InvariantCulture);
            parent[Find(i)] = Find(j);
        }

        int tp = 0, fp = 0, fn = 0;
        var wrong = new List<(string, string)>();
        for (var i = 0; i < gold.Count; i++)
        {
            for (var j = i + 1; j < gold.Count; j++)
            {
                var together = Find(i) == Find(j);
                var same = gold[i].OpenAlexId == gold[j].OpenAlexId;
                if (together && same) tp++;
                else if (together)
                {
                    fp++;
                    if (wrong.Count < 10) wrong.Add((gold[i].Raw, gold[j].Raw));
                }
                else if (same) fn++;
            }
        }
        return (new PrecisionRecall(tp, fp, fn), links, byId, wrong);
    }

    private static ExternalIds ToIds(IReadOnlyList<FoundId> ids) => new()
    {
        ArxivId = ids.FirstOrDefault(f => f.Scheme == "arxiv")?.Value,
        Doi = ids.FirstOrDefault(f => f.Scheme == "doi")?.Value,
    };
}
