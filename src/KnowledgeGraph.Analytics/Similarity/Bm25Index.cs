using System.Runtime.InteropServices;

namespace KnowledgeGraph.Analytics.Similarity;

/// <summary>
/// An in-memory BM25 index (k1 = 1.2, b = 0.75) over one text per document (title + abstract): an inverted
/// index of (document, term frequency) postings in flat arrays. Query with free text or with a document's own terms.
/// </summary>
public sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _terms;
    private readonly string[] _termText;
    private readonly int[] _postingOffsets;
    private readonly int[] _postingDocs;
    private readonly float[] _postingWeights;
    private readonly double[] _idf;
    private readonly int[][] _documentTerms;

    private Bm25Index(Dictionary<string, int> terms, string[] termText, int[] postingOffsets, int[] postingDocs,
        float[] postingWeights, double[] idf, int[][] documentTerms)
    {
        _terms = terms;
        _termText = termText;
        _postingOffsets = postingOffsets;
        _postingDocs = postingDocs;
        _postingWeights = postingWeights;
        _idf = idf;
        _documentTerms = documentTerms;
    }

    public int DocumentCount => _documentTerms.Length;

    public static Bm25Index Build(IReadOnlyList<string?> texts)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var docTerms = new int[texts.Count][];
        var docTf = new int[texts.Count][];
        var lengths = new int[texts.Count];
        var df = new List<int>();
        var local = new Dictionary<int, int>();
        for (var d = 0; d < texts.Count; d++)
        {
            local.Clear();
            var tokens = TextTokenizer.Tokenize(texts[d]);
            lengths[d] = tokens.Count;
            foreach (var token in tokens)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, token, out var exists);
                if (!exists)
                {
                    id = terms.Count - 1;
                    df.Add(0);
                }
                local[id] = local.GetValueOrDefault(id) + 1;
            }
            docTerms[d] = [.. local.Keys];
            Array.Sort(docTerms[d]);
            docTf[d] = docTerms[d].Select(t => local[t]).ToArray();
            foreach (var t in docTerms[d]) df[t]++;
        }
        var termCount = terms.Count;
        var offsets = new int[termCount + 1];
        for (var t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + df[t];
        var postingDocs = new int[offsets[termCount]];
        var postingWeights = new float[offsets[termCount]];
        var cursor = offsets.AsSpan(0, termCount).ToArray();
        var avg = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var idf = new double[termCount];
        var n = texts.Count;
        for (var t = 0; t < termCount; t++) idf[t] = Math.Log(1 + (n - df[t] + 0.5) / (df[t] + 0.5));
        for (var d = 0; d < n; d++)
        {
            var norm = K1 * (1 - B + B * lengths[d] / avg);
            for (var i = 0; i < docTerms[d].Length; i++)
            {
                var t = docTerms[d][i];
                var tf = docTf[d][i];
                var slot = cursor[t]++;
                postingDocs[slot] = d;
                postingWeights[slot] = (float)(idf[t] * tf * (K1 + 1) / (tf + norm));
            }
        }
        var termText = new string[termCount];
        foreach (var (text, id) in terms) termText[id] = text;
        return new Bm25Index(terms, termText, offsets, postingDocs, postingWeights, idf, docTerms);
    }

    /// <summary>The distinct term ids of a document, sorted.</summary>
    public ReadOnlySpan<int> DocumentTerms(int document) => _documentTerms[document];

    public string TermText(int term) => _termText[term];

    public double Idf(int term) => _idf[term];

    /// <summary>Term ids of free text (unknown words dropped), distinct.</summary>
    public int[] QueryTerms(string text)
    {
        var ids = new HashSet<int>();
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            if (_terms.TryGetValue(token, out var id)) ids.Add(id);
        }
        return [.. ids];
    }

    /// <summary>
    /// Adds <paramref name="factor"/> × BM25(terms, d) to <paramref name="scores"/> for every document d that holds
    /// a query term. Terms in more than <paramref name="maxDocumentFrequency"/> documents are skipped (they carry
    /// almost no weight and cost the longest postings).
    /// </summary>
    public void Score(ReadOnlySpan<int> queryTerms, ScoreAccumulator scores, double factor = 1, int maxDocumentFrequency = int.MaxValue)
    {
        foreach (var t in queryTerms)
        {
            var from = _postingOffsets[t];
            var to = _postingOffsets[t + 1];
            if (to - from > maxDocumentFrequency) continue;
            for (var k = from; k < to; k++) scores.Add(_postingDocs[k], factor * _postingWeights[k]);
        }
    }

    /// <summary>Terms two documents share, rarest first.</summary>
    public IEnumerable<string> SharedTerms(int a, int b)
    {
        var x = _documentTerms[a];
        var y = _documentTerms[b];
        var shared = new List<int>();
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                shared.Add(x[i]);
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared.OrderByDescending(t => _idf[t]).Select(t => _termText[t]);
    }
}
