using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// Leftmost-longest alias lookup over a trie of normalized tokens (lower case, plural <c>s</c> dropped, hyphens and
/// slashes ignored). One pass over the tokens of a sentence; each step is one hash lookup on a span, so matching costs
/// O(tokens × longest alias) with no allocation per token. Acronyms and CamelCase names (<c>CLIP</c>, <c>ResNet</c>)
/// must match their case; plain words (<c>diffusion models</c>) match in any case.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly Node _root = new();

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<Terminal>? Terminals;
    }

    // One bit per hash of a first word (65,536 bits, 8 KiB: stays in the L1 cache). Most words of an abstract start no
    // alias; the filter turns them away without the dictionary's hash and probe (span dictionary lookups, at every trie
    // level and in the cue tables together, fell from 9.4% to 7.5% of `kg bench extract`'s samples).
    // A collision only lets a word through to the dictionary; it never turns a first word away.
    private readonly ulong[] _firstWords = new ulong[1024];

    /// <summary>Prepares span lookups once all aliases are added; call before <see cref="Match"/>.</summary>
    public void Freeze()
    {
        Freeze(_root);
        Array.Clear(_firstWords);
        if (_root.Children is null) return;
        foreach (var key in _root.Children.Keys)
        {
            var h = FilterHash(key);
            _firstWords[h >> 6] |= 1UL << (int)(h & 63);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool MayStartAlias(ReadOnlySpan<char> key)
    {
        var h = FilterHash(key);
        return (_firstWords[h >> 6] & 1UL << (int)(h & 63)) != 0;
    }

    // length and four characters, mixed: cheap, and enough to spread 5,000 first words over 65,536 bits
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint FilterHash(ReadOnlySpan<char> key)
    {
        if (key.Length == 0) return 0;
        var h = (uint)key.Length * 0x9E3779B1u;
        h = (h ^ key[0]) * 0x85EBCA6Bu;
        h = (h ^ key[^1]) * 0xC2B2AE35u;
        h = (h ^ key[key.Length >> 1]) * 0x27D4EB2Fu;
        if (key.Length > 2) h = (h ^ key[1]) * 0x165667B1u;
        h ^= h >> 15;
        return h & 0xFFFF;
    }

    private static void Freeze(Node node)
    {
        if (node.Children is null) return;
        node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var child in node.Children.Values) Freeze(child);
    }

    /// <param name="Entry">The entity the alias names.</param>
    /// <param name="CaseForms">Per token, the exact form required, or null where any case matches.</param>
    /// <param name="InitialCapital">A one-word name (<c>Mamba</c>) must start with a capital.</param>
    private sealed record Terminal(VocabularyEntry Entry, string?[] CaseForms, bool InitialCapital);

    /// <summary>Adds one alias of <paramref name="entry"/>.</summary>
    /// <param name="alias">The name as written in the vocabulary.</param>
    /// <param name="entry">The entity it names.</param>
    /// <param name="isVariant">A spelling variant (<see cref="HyphenVariants"/>): it never replaces another entry's alias.</param>
    public void Add(string alias, VocabularyEntry entry, bool isVariant = false)
    {
        var tokens = Tokenizer.Tokenize(alias);
        var content = new List<Token>(tokens.Count);
        foreach (var t in tokens)
        {
            if (!t.IsTransparent(alias)) content.Add(t);
        }
        if (content.Count == 0) return;

        var node = _root;
        var caseForms = new string?[content.Count];
        for (var i = 0; i < content.Count; i++)
        {
            var (keyStart, keyLength) = KeySpan(alias, content[i]);
            var key = alias.Substring(keyStart, keyLength).ToLowerInvariant();
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children[key] = next;
            }
            node = next;
            var original = alias.Substring(keyStart, keyLength);
            // dataset names keep their capitals ("Experimental Results" is a dataset, "experimental results" is not)
            caseForms[i] = NeedsExactCase(original) || (entry.Kind == NodeLabel.Dataset && content.Count > 1 && char.IsUpper(original[0])) ? original : null;
        }

        var initialCapital = content.Count == 1 && caseForms[0] is null && char.IsUpper(alias[content[0].Start])
                             && entry.Kind is NodeLabel.Method or NodeLabel.Dataset && content[0].Kind == TokenKind.Word;
        var terminal = new Terminal(entry, caseForms, initialCapital);
        node.Terminals ??= [];
        for (var i = 0; i < node.Terminals.Count; i++)
        {
            var existing = node.Terminals[i];
            if (existing.Entry.Kind != entry.Kind) continue;
            if (isVariant) return;
            if (ReferenceEquals(existing.Entry, entry) || existing.Entry.Canonical == entry.Canonical)
            {
                // The same entity written twice: keep the more permissive spelling; two exact spellings that differ
                // ("NDCG", "nDCG") are both the name, so both are kept.
                if (IsLooser(terminal, existing))
                {
                    node.Terminals[i] = terminal;
                    return;
                }
                if (IsLooser(existing, terminal) || SameForms(existing, terminal)) return;
                continue;
            }
            // A later file (a user vocabulary) overrides an earlier entry of the same kind, every spelling of it.
            node.Terminals.RemoveAll(t => t.Entry.Kind == entry.Kind);
            break;
        }
        node.Terminals.Add(terminal);
    }

    /// <summary>Finds leftmost-longest mentions among tokens[from..to).</summary>
    public void Match(string text, string lowered, Token[] tokens, int from, int to, List<VocabularyMention> output)
    {
        var i = from;
        while (i < to)
        {
            if (tokens[i].IsTransparent(text))
            {
                i++;
                continue;
            }
            var bestEnd = -1;
            List<Terminal>? best = null;
            var node = _root;
            var j = i;
            while (j < to && node.Children is not null)
            {
                if (tokens[j].IsTransparent(text))
                {
                    j++;
                    continue;
                }
                var (ks, kl) = KeySpan(text, tokens[j]);
                var key = lowered.AsSpan(ks, kl);
                if (ReferenceEquals(node, _root) && !MayStartAlias(key)) break;
                if (!node.Lookup.TryGetValue(key, out var next)) break;
                node = next;
                if (node.Terminals is not null && AnyAccepts(node.Terminals, text, tokens, i, j))
                {
                    bestEnd = j;
                    best = node.Terminals;
                }
                j++;
            }
            if (best is null)
            {
                i++;
                continue;
            }
            var added = output.Count;
            foreach (var terminal in best)
            {
                if (!Accepts(terminal, text, tokens, i, bestEnd)) continue;
                // one mention per entity, however many of its spellings accept the text
                if (AlreadyAdded(output, added, terminal.Entry)) continue;
                output.Add(new VocabularyMention(terminal.Entry, i, bestEnd, tokens[i].Start, tokens[bestEnd].End));
            }
            i = bestEnd + 1;
        }
    }

    private static bool AlreadyAdded(List<VocabularyMention> output, int from, VocabularyEntry entry)
    {
        for (var k = from; k < output.Count; k++)
        {
            if (ReferenceEquals(output[k].Entry, entry)) return true;
        }
        return false;
    }

    private static bool AnyAccepts(List<Terminal> terminals, string text, Token[] tokens, int first, int last)
    {
        foreach (var t in terminals)
        {
            if (Accepts(t, text, tokens, first, last)) return true;
        }
        return false;
    }

    private static bool Accepts(Terminal terminal, string text, Token[] tokens, int first, int last)
    {
        if (terminal.InitialCapital && !char.IsUpper(text[tokens[first].Start])) return false;
        var k = 0;
        for (var j = first; j <= last; j++)
        {
            if (tokens[j].IsTransparent(text)) continue;
            var form = terminal.CaseForms[k++];
            if (form is null) continue;
            var (ks, kl) = KeySpan(text, tokens[j]);
            var written = text.AsSpan(ks, kl);
            if (!written.SequenceEqual(form) && !IsAllCapsOf(written, form) && !DiffersInVersionCase(written, form)
                && !IsCapitalizedOf(written, form, terminal.Entry.Kind) && !IsInnerCaseOf(written, form, terminal.Entry.Kind, j > first && !tokens[j].SpaceBefore, j > first && tokens[j - 1].Kind == TokenKind.Number)) return false;
        }
        return true;
    }

    /// <summary>
    /// "ROUGE-L in XSUM": a CamelCase name (<c>XSum</c>, <c>SuperGLUE</c>) written in capitals is still that name. Four
    /// letters at least, so that short acronyms keep their exact case; and only CamelCase forms, so that a title in
    /// capitals ("EXPERIMENTAL RESULTS") does not become a dataset whose capitalized words had to match exactly.
    /// </summary>
    private static bool IsAllCapsOf(ReadOnlySpan<char> written, string form)
    {
        if (written.Length < 4 || written.Length != form.Length || !form.AsSpan(1).ContainsAnyInRange('A', 'Z')) return false;
        foreach (var c in written)
        {
            if (char.IsLower(c)) return false;
        }
        return written.Equals(form, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Librispeech" for <c>LibriSpeech</c>, "Imagenet" for <c>ImageNet</c>, "Pascal VOC" for <c>PASCAL VOC</c>: a dataset's name
    /// written with only its first capital. Six letters at least, so that short names keep their case; datasets only, as a
    /// tool or model written so opens a name of another kind ("Mujoco Gym" is no MuJoCo) or a sentence ("Align" is no ALIGN).
    /// </summary>
    private static bool IsCapitalizedOf(ReadOnlySpan<char> written, string form, NodeLabel kind)
    {
        if (kind != NodeLabel.Dataset || written.Length < 6 || written.Length != form.Length || !char.IsUpper(written[0]) || written[0] != form[0]) return false;
        for (var i = 1; i < written.Length; i++)
        {
            if (char.IsUpper(written[i])) return false;
        }
        return written.Equals(form, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "ADE20k" for <c>ADE20K</c>, "2WikiMultihopQA" for <c>2WikiMultiHopQA</c>, "Libri-light" for <c>Libri-Light</c>: a
    /// dataset's name with a letter inside it in the other case. The first letter keeps its case, and a name of one token
    /// has a digit (a code, not a word); a word glued on by a hyphen ("light" after "Libri-", not "to" in "Text-to-SQL")
    /// may differ anywhere, as may the letter glued after a code's number ("20k"). Words apart keep their case:
    /// "Experimental results" is no dataset.
    /// </summary>
    private static bool IsInnerCaseOf(ReadOnlySpan<char> written, string form, NodeLabel kind, bool gluedPart, bool afterNumber)
    {
        if (kind != NodeLabel.Dataset || written.Length != form.Length || !written.Equals(form, StringComparison.OrdinalIgnoreCase)) return false;
        // "ADE20k": the letter of a code after its number
        if (gluedPart && afterNumber) return true;
        return written.Length >= 4 && (gluedPart || written[0] == form[0] && form.AsSpan().ContainsAnyInRange('0', '9'));
    }

    /// <summary>
    /// "DeepLabV3" for <c>DeepLabv3</c>, "MobileNetv2" for <c>MobileNetV2</c>: a version's "v" is written in either case;
    /// every other letter keeps the form's case.
    /// </summary>
    private static bool DiffersInVersionCase(ReadOnlySpan<char> written, string form)
    {
        if (written.Length != form.Length) return false;
        var differs = false;
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] == form[i]) continue;
            // the tokenizer may cut the version's number off ("DeepLabV" "3"): a "v" may end the token
            if (!(written[i] is 'v' or 'V' && form[i] is 'v' or 'V' && i > 0 && (i + 1 == written.Length || char.IsAsciiDigit(written[i + 1])))) return false;
            differs = true;
        }
        return differs;
    }

    private static bool SameForms(Terminal a, Terminal b) =>
        a.InitialCapital == b.InitialCapital && a.CaseForms.AsSpan().SequenceEqual(b.CaseForms);

    private static bool IsLooser(Terminal candidate, Terminal existing)
    {
        var a = candidate.CaseForms.Count(f => f is not null) + (candidate.InitialCapital ? 1 : 0);
        var b = existing.CaseForms.Count(f => f is not null) + (existing.InitialCapital ? 1 : 0);
        return a < b;
    }

    /// <summary>The part of a token that forms its key: a word loses a plural <c>s</c> (<c>GNNs</c>, <c>networks</c>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static (int Start, int Length) KeySpan(string text, Token token)
    {
        var length = token.Length;
        if (token.Kind == TokenKind.Word && length >= 3 && text[token.End - 1] == 's')
        {
            var prev = text[token.End - 2];
            if (char.IsLetter(prev) && prev != 's' && prev != 'S' && (length > 3 || char.IsUpper(prev)) && !EndsWithUs(text, token))
            {
                length--;
            }
        }
        return (token.Start, length);
    }

    // "corpus", "virus", "status": no plural to drop; nor "news", whose singular would be "new" ("a new generation of
    // robots" is no news generation)
    private static bool EndsWithUs(string text, Token token) =>
        text[token.End - 2] is 'u' or 'i' || token.Length == 4 && text.AsSpan(token.Start, 4).Equals("news", StringComparison.OrdinalIgnoreCase);

    /// <summary>Acronyms and CamelCase (an upper-case letter after the first character, or a lone capital) keep their case.</summary>
    private static bool NeedsExactCase(string token)
    {
        if (token.Length == 0 || !char.IsLetter(token[0])) return false;
        if (token.Length == 1) return char.IsUpper(token[0]);
        for (var i = 1; i < token.Length; i++)
        {
            if (char.IsUpper(token[i])) return true;
        }
        return false;
    }
}
