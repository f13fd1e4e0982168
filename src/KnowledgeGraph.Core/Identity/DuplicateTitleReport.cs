namespace KnowledgeGraph.Core.Identity;

/// <summary>What <see cref="DuplicateTitleAnalysis.Analyze"/> found.</summary>
/// <param name="ArxivRecords">Records with an arXiv id.</param>
/// <param name="OtherRecords">Records without one (keyed by another scheme).</param>
/// <param name="ExactMatches">Other records whose normalized title equals an arXiv record's normalized title: merges by title.</param>
/// <param name="NearMisses">Other records with no exact match whose normalized title is one word away (one word
/// inserted, deleted or replaced) from an arXiv record's: not merged by an exact title key.</param>
/// <param name="ExactSamples">The first exact matches, in record order.</param>
/// <param name="NearMissSamples">The first near-misses, in record order.</param>
public sealed record DuplicateTitleReport(
    int ArxivRecords,
    int OtherRecords,
    int ExactMatches,
    int NearMisses,
    IReadOnlyList<TitlePair> ExactSamples,
    IReadOnlyList<TitlePair> NearMissSamples);
