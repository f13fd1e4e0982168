using KnowledgeGraph.Core.Identity;

namespace KnowledgeGraph.Core.Citations;

/// <summary>
/// Matches a raw bibliography string to the catalogue paper it cites, or to none.
/// </summary>
/// <remarks>
/// <para>1. Ids first: an arXiv id or DOI in the string (<see cref="TextIdExtractor"/>) that a candidate carries
/// is a match with confidence 1.</para>
/// <para>2. Otherwise candidates are selected through an inverted index of normalized title words
/// (<see cref="TitleNormalizer"/>): the <see cref="ReferenceMatcherOptions.MaxCandidates"/> sharing the most rare
/// words (weighted by inverse document frequency) with the string. Each is scored by how much of its title appears
/// in the string: 0.6 × (longest run of consecutive title words found in the string ÷ title length) + 0.4 × (share
/// of the title's distinct words found anywhere in it, weighted by inverse document frequency); titles of one or two
/// words count only when found whole, at half weight. Year agreement (±1) adds
/// <see cref="ReferenceMatcherOptions.YearWeight"/> and a mismatch subtracts three times as much; the first author's
/// surname adds or subtracts <see cref="ReferenceMatcherOptions.AuthorWeight"/>. The best candidate is returned when
/// it reaches <see cref="ReferenceMatcherOptions.Threshold"/>.</para>
/// </remarks>
public sealed class ReferenceStringMatcher
{
    private const int MaxStringWords = 400;
    private const double RunWeight = 0.6;
    private const double ContainedWeight = 0.4;

    private readonly ReferenceCandidate[] _candidates;
    private readonly string[][] _titleWords;
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byIdKey = new(StringComparer.Ordinal);
    private readonly ReferenceMatcherOptions _options;
    private readonly int _maxPostings;

    public ReferenceStringMatcher(IEnumerable<ReferenceCandidate> candidates, ReferenceMatcherOptions? options = null)
    {
        _options = options ?? new ReferenceMatcherOptions();
        _candidates = candidates.ToArray();
        _titleWords = new string[_candidates.Length][];
        for (var i = 0; i < _candidates.Length; i++)
        {
            _titleWords[i] = Words(_candidates[i].Title);
            foreach (var word in _titleWords[i].Distinct(StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(word, out var list)) _postings[word] = list = [];
                list.Add(i);
            }
            foreach (var key in _candidates[i].Ids.Keys()) _byIdKey.TryAdd(key, i);
        }
        _maxPostings = Math.Max(20, (int)(_options.MaxWordShare * _candidates.Length));
    }

    public int Count => _candidates.Length;

    /// <summary>The best match for <paramref name="referenceString"/>, or null when no candidate is good enough.</summary>
    public ReferenceMatch? Match(string referenceString) => Match(referenceString, excludeKey: null);

    /// <summary>As <see cref="Match(string)"/>, never returning the candidate keyed <paramref name="excludeKey"/> (leave-one-out).</summary>
    public ReferenceMatch? Match(string referenceString, string? excludeKey)
    {
        if (string.IsNullOrWhiteSpace(referenceString)) return null;
        foreach (var id in TextIdExtractor.Find(referenceString))
        {
            if (_byIdKey.TryGetValue(id.Key, out var i) && _candidates[i].Key != excludeKey) return new ReferenceMatch(_candidates[i], 1.0, ById: true);
        }

        var words = Words(referenceString);
        if (words.Length > MaxStringWords) words = words[..MaxStringWords];
        var wordSet = new HashSet<string>(words, StringComparer.Ordinal);
        var years = BibliographyString.Years(referenceString);

        ReferenceMatch? best = null;
        foreach (var i in SelectCandidates(wordSet))
        {
            var candidate = _candidates[i];
            if (candidate.Key == excludeKey) continue;
            var score = Score(_titleWords[i], words, wordSet, candidate, years);
            if (score >= _options.Threshold && (best is null || score > best.Confidence)) best = new ReferenceMatch(candidate, score, ById: false);
        }
        return best;
    }

    private IEnumerable<int> SelectCandidates(HashSet<string> wordSet)
    {
        var weights = new Dictionary<int, double>();
        foreach (var word in wordSet)
        {
            if (!_postings.TryGetValue(word, out var list) || list.Count > _maxPostings) continue;
            var idf = Idf(word);
            foreach (var i in list) weights[i] = weights.GetValueOrDefault(i) + idf;
        }
        return weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(_options.MaxCandidates).Select(kv => kv.Key);
    }

    private double Score(string[] title, string[] words, HashSet<string> wordSet, ReferenceCandidate candidate, IReadOnlyList<int> years)
    {
        if (title.Length == 0) return 0;
        var run = (double)LongestCommonRun(title, words) / title.Length;
        // Weighted by rarity: a missing rare word ("Tilted" Empirical Risk Minimization) counts more than a missing "of".
        double found = 0, total = 0;
        foreach (var word in title.Distinct(StringComparer.Ordinal))
        {
            var idf = Idf(word);
            total += idf;
            if (wordSet.Contains(word)) found += idf;
        }
        var contained = found / total;
        var score = RunWeight * run + ContainedWeight * contained;
        if (title.Length <= 2) score = run == 1.0 ? score * 0.5 : 0;

        if (candidate.Year is { } year && years.Count > 0)
        {
            score += years.Any(y => Math.Abs(y - year) <= 1) ? _options.YearWeight : -3 * _options.YearWeight;
        }
        if (!string.IsNullOrEmpty(candidate.FirstAuthorSurname))
        {
            var surname = TitleNormalizer.Normalize(candidate.FirstAuthorSurname).Split(' ');
            score += surname.All(wordSet.Contains) ? _options.AuthorWeight : -_options.AuthorWeight;
        }
        return Math.Clamp(score, 0, 1);
    }

    private double Idf(string word) =>
        Math.Log(1.0 + (double)_candidates.Length / (_postings.TryGetValue(word, out var list) ? list.Count : 1));

    /// <summary>The length of the longest run of consecutive title words that occurs in the string.</summary>
    internal static int LongestCommonRun(string[] title, string[] words)
    {
        var best = 0;
        var previous = new int[words.Length + 1];
        var current = new int[words.Length + 1];
        for (var i = 1; i <= title.Length; i++)
        {
            for (var j = 1; j <= words.Length; j++)
            {
                current[j] = title[i - 1] == words[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] > best) best = current[j];
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    private static string[] Words(string text) => TitleNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
