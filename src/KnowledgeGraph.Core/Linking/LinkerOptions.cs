using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Core.Linking;

/// <summary>How <see cref="PaperLinker"/> loads its vocabulary and which links it keeps.</summary>
public sealed class LinkerOptions
{
    /// <summary>
    /// Vocabulary files or folders (TSV or JSON). Empty = the shipped <c>vocabulary/</c> folder next to the binary.
    /// </summary>
    public IList<string> VocabularyPaths { get; set; } = [];

    /// <summary>Extra user vocabulary files or folders loaded after the defaults; their entries extend or override.</summary>
    public IList<string> UserVocabularyPaths { get; set; } = [];

    /// <summary>Links below this confidence are dropped. Default 0.5: the measured precision/recall balance point.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.5;

    /// <summary>Characters of title or abstract read at most (default 200,000); the rest is ignored, so a huge input stays linear.</summary>
    [Range(1, int.MaxValue)]
    public int MaxTextLength { get; set; } = 200_000;
}
