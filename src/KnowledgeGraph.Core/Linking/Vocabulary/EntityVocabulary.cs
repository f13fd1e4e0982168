using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// The entities the linker knows by name: canonical names, aliases and is-a parents, loaded from data files at run
/// time (<c>schema/vocabulary/</c> plus any user files). Immutable once built and safe to share between threads.
/// </summary>
public sealed class EntityVocabulary
{
    /// <summary>The folder name the vocabulary ships under, next to the binary.</summary>
    public const string DefaultFolderName = "vocabulary";

    private readonly AliasMatcher _matcher = new();
    private readonly Dictionary<(NodeLabel, string), VocabularyEntry> _byKey = [];
    private readonly List<VocabularyEntry> _entries = [];

    private EntityVocabulary(IEnumerable<VocabularyEntry> entries)
    {
        var merged = new Dictionary<(NodeLabel, string), VocabularyEntry>();
        var order = new List<(NodeLabel, string)>();
        foreach (var entry in entries)
        {
            var key = (entry.Kind, NameKey.Of(entry.Canonical));
            if (merged.TryGetValue(key, out var existing))
            {
                // A later file extends (and may re-parent) an entity it names again.
                merged[key] = existing with
                {
                    Parent = entry.Parent ?? existing.Parent,
                    Aliases = existing.Aliases.Concat(entry.Aliases).Distinct(StringComparer.Ordinal).ToArray(),
                };
            }
            else
            {
                merged[key] = entry;
                order.Add(key);
            }
        }
        foreach (var key in order)
        {
            var entry = merged[key];
            _entries.Add(entry);
            _matcher.Add(entry.Canonical, entry);
            _byKey.TryAdd((entry.Kind, NameKey.Of(entry.Canonical)), entry);
            foreach (var alias in entry.Aliases)
            {
                _matcher.Add(alias, entry);
            }
        }
        // the other spellings of hyphenated prefixes, after every real alias: a variant never takes another entry's name
        foreach (var entry in _entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Canonical))
            {
                foreach (var variant in HyphenVariants.Of(name)) _matcher.Add(variant, entry, isVariant: true);
                if (entry.Kind == NodeLabel.Dataset && SpacedNameVariants.Of(name) is { } spaced) _matcher.Add(spaced, entry, isVariant: true);
            }
        }
        _matcher.Freeze();
        // Aliases resolve after every canonical name, so a canonical name never loses to another entry's alias.
        foreach (var entry in _entries)
        {
            foreach (var alias in entry.Aliases)
            {
                _byKey.TryAdd((entry.Kind, NameKey.Of(alias)), entry);
            }
        }
    }

    public IReadOnlyList<VocabularyEntry> Entries => _entries;

    public static EntityVocabulary Empty { get; } = new([]);

    public static EntityVocabulary FromEntries(IEnumerable<VocabularyEntry> entries) => new(entries);

    /// <summary>Loads files and folders in order; entries of later paths extend or override earlier ones.</summary>
    public static EntityVocabulary Load(IEnumerable<string> paths) => new(paths.SelectMany(VocabularyLoader.LoadPath).ToList());

    /// <summary>The shipped vocabulary folder: <c>vocabulary/</c> next to the running binary.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, DefaultFolderName);

    /// <summary>Number of entries per kind.</summary>
    public IReadOnlyDictionary<NodeLabel, int> CountByKind() =>
        _entries.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Finds the entry a name (canonical or alias) stands for, optionally of one kind.</summary>
    public VocabularyEntry? Resolve(string name, NodeLabel kind) =>
        _byKey.TryGetValue((kind, NameKey.Of(name)), out var entry) ? entry : null;

    /// <summary>Finds the entry a name stands for in any kind (methods first, then datasets, tasks, metrics, concepts).</summary>
    public VocabularyEntry? Resolve(string name)
    {
        foreach (var kind in (NodeLabel[])[NodeLabel.Method, NodeLabel.Dataset, NodeLabel.Task, NodeLabel.Metric, NodeLabel.Concept])
        {
            if (Resolve(name, kind) is { } entry) return entry;
        }
        return null;
    }

    /// <summary>Leftmost-longest mentions among <paramref name="tokens"/>[from..to) of <paramref name="text"/>.</summary>
    /// <param name="text">The text searched.</param>
    /// <param name="lowered">The text lower-cased with <see cref="string.ToLowerInvariant()"/> (same length).</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>.</param>
    /// <param name="from">First token searched.</param>
    /// <param name="to">End (exclusive) of the tokens searched.</param>
    /// <param name="output">Receives the mentions in text order.</param>
    public void Match(string text, string lowered, Token[] tokens, int from, int to, List<VocabularyMention> output) =>
        _matcher.Match(text, lowered, tokens, from, to, output);
}
