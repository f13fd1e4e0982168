using KnowledgeGraph.Core.Linking.Extractors;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Linking;

/// <summary>
/// Links a paper (title + abstract) to the methods, datasets, tasks, metrics, results and concepts it talks about.
/// Each link carries canonical name, surface form, evidence sentence and offset, confidence and extractor. Stateless
/// per call and thread-safe: one instance serves a whole ingestion.
/// </summary>
public sealed class PaperLinker
{
    private readonly EntityVocabulary _vocabulary;
    private readonly LinkerOptions _options;
    private readonly HashSet<string> _families;
    private readonly HashSet<string> _broadFamilies;

    public PaperLinker(EntityVocabulary vocabulary, LinkerOptions? options = null)
    {
        _vocabulary = vocabulary;
        _options = options ?? new LinkerOptions();
        // Entities other entities name as their parent are families ("Graph Neural Network"): weak evidence of a baseline.
        _families = vocabulary.Entries.Where(e => e.Parent is not null).Select(e => e.Parent!).ToHashSet(StringComparer.Ordinal);
        // Families of three or more ("Graph Neural Network", not "Consistency Model"): a title naming one names a field
        // the paper works in, never the paper's own method.
        _broadFamilies = vocabulary.Entries.Where(e => e.Parent is not null).GroupBy(e => e.Parent!, StringComparer.Ordinal)
            .Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A linker over the shipped vocabulary (or <see cref="LinkerOptions.VocabularyPaths"/>) plus user files.</summary>
    public static PaperLinker Create(LinkerOptions? options = null)
    {
        options ??= new LinkerOptions();
        var paths = options.VocabularyPaths.Count > 0 ? options.VocabularyPaths.ToList() : [EntityVocabulary.DefaultFolder];
        paths.AddRange(options.UserVocabularyPaths);
        return new PaperLinker(EntityVocabulary.Load(paths), options);
    }

    public EntityVocabulary Vocabulary => _vocabulary;

    public IReadOnlyList<EntityLink> Link(PaperRecord record) => Link(record.Title, record.Abstract);

    /// <summary>The ingestion hook: the record with its links, ready for the store.</summary>
    public PaperUpsert ToUpsert(PaperRecord record) => new(record, Link(record));

    public IReadOnlyList<EntityLink> Link(string title, string? abstractText)
    {
        var ctx = new LinkingContext(title ?? "", abstractText, _vocabulary, _options);
        AcronymResolver.Run(ctx);
        ProposedMethodExtractor.Run(ctx, _broadFamilies);
        BaselineExtractor.Run(ctx, _families);
        MethodUseExtractor.Run(ctx);
        DatasetExtractor.Run(ctx);
        TaskExtractor.Run(ctx);
        ResultExtractor.Run(ctx);
        MetricExtractor.Run(ctx);
        ConceptExtractor.Run(ctx);
        return Deduplicate(ctx.Links);
    }

    /// <summary>
    /// The vocabulary pass alone: tokenize, split sentences and match every alias, with no extractor run. The baseline
    /// of <see cref="ExtractionBenchmark"/>; returns the number of vocabulary mentions.
    /// </summary>
    public int VocabularyPass(string title, string? abstractText) =>
        new LinkingContext(title ?? "", abstractText, _vocabulary, _options).Mentions.Count;

    /// <summary>One link per (type, label, name): the most confident, first-seen evidence.</summary>
    private static List<EntityLink> Deduplicate(List<EntityLink> links)
    {
        var best = new Dictionary<(RelationshipType, NodeLabel, string), int>();
        var result = new List<EntityLink>(links.Count);
        foreach (var link in links)
        {
            var key = (link.Type, link.Label, link.Label == NodeLabel.Result ? link.Name : NameKey.Of(link.Name));
            if (best.TryGetValue(key, out var index))
            {
                if (link.Confidence > result[index].Confidence) result[index] = link;
                continue;
            }
            best[key] = result.Count;
            result.Add(link);
        }
        return result;
    }
}
