using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Core.Citations;

/// <summary>Tuning of <see cref="ReferenceStringMatcher"/>; the defaults are what the unarXive evaluation was run with.</summary>
public sealed class ReferenceMatcherOptions
{
    /// <summary>Least confidence of a title match that is returned. Default 0.85.</summary>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.85;

    /// <summary>How many candidates sharing the most (rare) title words with the string are scored. Default 50.</summary>
    [Range(1, 10_000)]
    public int MaxCandidates { get; set; } = 50;

    /// <summary>Title words in more than this share of the catalogue do not select candidates (they still score). Default 0.05.</summary>
    [Range(0.0, 1.0)]
    public double MaxWordShare { get; set; } = 0.05;

    /// <summary>Added when the candidate's year (±1) is in the string, subtracted three times when other years are there and it is not. Default 0.1.</summary>
    [Range(0.0, 1.0)]
    public double YearWeight { get; set; } = 0.1;

    /// <summary>Added when the candidate's first-author surname is in the string, subtracted when it is not. Default 0.1.</summary>
    [Range(0.0, 1.0)]
    public double AuthorWeight { get; set; } = 0.1;
}
