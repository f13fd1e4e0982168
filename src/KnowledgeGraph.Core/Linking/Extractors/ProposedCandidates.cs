using System.Collections;
using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// The paper's own method names found so far, merged when they name one thing: an acronym and its long form, a
/// name and its variant (<c>MAFormer-L</c>), version (<c>CBNetV2</c>), abbreviation (<c>PC-DARTS</c>) or head noun
/// (<c>Graph Mamba Networks</c>).
/// </summary>
internal sealed class ProposedCandidates : IEnumerable<ProposedCandidate>
{
    private readonly LinkingContext _ctx;
    private readonly List<ProposedCandidate> _candidates = [];

    public ProposedCandidates(LinkingContext ctx)
    {
        _ctx = ctx;
    }

    public IEnumerator<ProposedCandidate> GetEnumerator() => _candidates.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(string name, string? fullName, double confidence, string surface, Sentence s)
    {
        var key = NameKey.Of(name);
        if (key.Length < 2 || NameSpans.EndsInModifierSuffix(name)) return;
        fullName ??= _ctx.AcronymFor(name)?.LongForm;
        // an acronym whose long form is the title name, or the same name again: merge
        foreach (var c in _candidates)
        {
            if (c.Keys.Contains(key) || (fullName is not null && c.Keys.Contains(NameKey.Of(fullName))))
            {
                c.Confidence = Math.Min(0.97, Math.Max(c.Confidence, confidence) + 0.05);
                c.Keys.Add(key);
                if (fullName is not null) c.Keys.Add(NameKey.Of(fullName));
                c.FullName ??= fullName ?? (name != c.Name ? name : null);
                return;
            }
            // "MAFormer-L" is a variant of "MAFormer", "CBNetV2" a version of "CBNet", "MST" the head of "MST-compression"
            // a hyphen variant named by a proposing verb ("we propose MHR-mu") is a method of its own; one seen in "our MAFormer-L" is not
            if (SameNameWithHead(name, c.Name) || SameNameWithHead(c.Name, name) || (fullName is not null && (SameNameWithHead(fullName, c.Name) || SameNameWithHead(c.Name, fullName))))
            {
                c.Keys.Add(key);
                if (fullName is not null) c.Keys.Add(NameKey.Of(fullName));
                c.Confidence = Math.Min(0.97, Math.Max(c.Confidence, confidence) + 0.05);
                return;
            }
            var variant = (IsVariant(name, c.Name) || IsVariant(c.Name, name)) && (confidence < 0.8 || IsVersion(name, c.Name) || IsVersion(c.Name, name) || c.Surface == _ctx.Title[..Math.Max(0, _ctx.Title.IndexOf(':'))]);
            if (variant || IsAbbreviation(name, c.Name) || IsAbbreviation(c.Name, name))
            {
                c.Keys.Add(key);
                if (fullName is not null) c.Keys.Add(NameKey.Of(fullName));
                c.Confidence = Math.Min(0.97, Math.Max(c.Confidence, confidence));
                return;
            }
        }
        var candidate = new ProposedCandidate { Name = name, FullName = fullName, Confidence = confidence, Surface = surface, Sentence = s };
        candidate.Keys.Add(key);
        if (fullName is not null) candidate.Keys.Add(NameKey.Of(fullName));
        _candidates.Add(candidate);
    }

    /// <summary>Candidates that came to share a key (an acronym merged into one, its long form into another) are one method.</summary>
    public void MergeOverlapping()
    {
        for (var i = 0; i < _candidates.Count; i++)
        {
            for (var j = _candidates.Count - 1; j > i; j--)
            {
                if (!_candidates[i].Keys.Overlaps(_candidates[j].Keys)) continue;
                _candidates[i].Keys.UnionWith(_candidates[j].Keys);
                _candidates[i].Confidence = Math.Max(_candidates[i].Confidence, _candidates[j].Confidence);
                _candidates[i].FullName ??= _candidates[j].Name;
                _candidates.RemoveAt(j);
            }
        }
    }

    /// <summary>"PC-DARTS" abbreviates "Partially-Connected DARTS": same last part, initials for the rest.</summary>
    private static bool IsAbbreviation(string shortName, string longName)
    {
        var shortParts = shortName.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var longWords = longName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (shortParts.Length < 2 || longWords.Length <= shortParts.Length || shortParts[^1] != longWords[^1]) return false;
        var initials = string.Concat(longWords[..^1].Select(w => char.ToUpperInvariant(w[0])));
        return string.Equals(string.Concat(shortParts[..^1]), initials, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Graph Mamba Networks" is "Graph Mamba" with a head noun.</summary>
    private static bool SameNameWithHead(string longer, string shorter) =>
        longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase) && HeadWords.Method.Contains(longer[(shorter.Length + 1)..]);

    private static bool IsVersion(string longer, string shorter) =>
        IsVariant(longer, shorter) && longer[shorter.Length] != '-';

    private static bool IsVariant(string longer, string shorter)
    {
        if (!longer.StartsWith(shorter, StringComparison.Ordinal) || longer.Length == shorter.Length) return false;
        var rest = longer.AsSpan(shorter.Length);
        if (rest[0] == '-') return rest.Length <= 12;
        if (rest[0] is 'v' or 'V') rest = rest[1..];
        return rest.Length > 0 && rest.Length <= 3 && char.IsDigit(rest[0]);
    }
}
