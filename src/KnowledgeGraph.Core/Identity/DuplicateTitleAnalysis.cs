using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Identity;

/// <summary>
/// Counts records without an arXiv id that duplicate an arXiv record by title (arxiv-2023 has 9,474 numeric-id records
/// with lower-cased titles), as exact normalized-title matches (<see cref="TitleNormalizer"/>) and as near-misses one
/// word apart. Linear: near-misses are found by indexing every arXiv title with each word deleted and each word masked.
/// </summary>
public static class DuplicateTitleAnalysis
{
    private const string Mask = "\u0001";

    public static DuplicateTitleReport Analyze(IEnumerable<PaperRecord> records, int sampleSize = 10)
    {
        var arxiv = new Dictionary<string, PaperRecord>(StringComparer.Ordinal);
        var variants = new Dictionary<string, PaperRecord>(StringComparer.Ordinal);
        var others = new List<PaperRecord>();
        var arxivCount = 0;
        foreach (var record in records)
        {
            if (record.Ids.ArxivId is null)
            {
                others.Add(record);
                continue;
            }
            arxivCount++;
            var tokens = Tokens(record.Title);
            arxiv.TryAdd(string.Join(' ', tokens), record);
            foreach (var variant in Variants(tokens)) variants.TryAdd(variant, record);
        }

        var exact = new List<TitlePair>();
        var near = new List<TitlePair>();
        int exactCount = 0, nearCount = 0;
        foreach (var other in others)
        {
            var tokens = Tokens(other.Title);
            if (tokens.Length == 0) continue;
            if (arxiv.TryGetValue(string.Join(' ', tokens), out var same))
            {
                exactCount++;
                if (exact.Count < sampleSize) exact.Add(Pair(other, same));
                continue;
            }
            // One word more in the other title (a deletion of it hits an arXiv title), one word less (hits an arXiv
            // title with a word deleted), or one word replaced (the same masked variant).
            var hit = Deletions(tokens).Select(d => arxiv.GetValueOrDefault(d)).FirstOrDefault(r => r is not null)
                ?? variants.GetValueOrDefault(string.Join(' ', tokens))
                ?? Masks(tokens).Select(m => variants.GetValueOrDefault(m)).FirstOrDefault(r => r is not null);
            if (hit is null || tokens.Length < 3) continue;
            nearCount++;
            if (near.Count < sampleSize) near.Add(Pair(other, hit));
        }
        return new DuplicateTitleReport(arxivCount, others.Count, exactCount, nearCount, exact, near);
    }

    private static TitlePair Pair(PaperRecord other, PaperRecord arxiv) =>
        new(other.Ids.Keys().FirstOrDefault() ?? string.Empty, other.Title, arxiv.Ids.ArxivId!, arxiv.Title);

    private static string[] Tokens(string title) => TitleNormalizer.Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Variants(string[] tokens) => Deletions(tokens).Concat(Masks(tokens));

    private static IEnumerable<string> Deletions(string[] tokens)
    {
        if (tokens.Length < 3) yield break;
        for (var i = 0; i < tokens.Length; i++) yield return string.Join(' ', tokens.Where((_, j) => j != i));
    }

    private static IEnumerable<string> Masks(string[] tokens)
    {
        if (tokens.Length < 3) yield break;
        for (var i = 0; i < tokens.Length; i++) yield return string.Join(' ', tokens.Select((t, j) => j == i ? Mask : t));
    }
}
