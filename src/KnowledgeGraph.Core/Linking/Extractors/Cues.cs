namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>Sentence-level cues shared by the extractors: first person, prior work, use, evaluation.</summary>
internal static class Cues
{
    public static bool HasAny(LinkingContext ctx, Text.Sentence s, string[] words)
    {
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            var span = ctx.LowerSpan(i);
            foreach (var w in words)
            {
                if (w[^1] == '*' ? span.StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.Ordinal) : span.SequenceEqual(w)) return true;
            }
        }
        return false;
    }

    public static readonly string[] FirstPerson = ["we", "our", "ours", "us", "herein", "here"];

    public static readonly string[] PriorWork =
    [
        "existing", "previous", "prior", "recent", "recently", "traditional", "conventional", "popular", "widely",
        "e.g", "such", "typically", "often", "commonly", "have", "has", "been", "many", "most", "current", "currently",
    ];

    public static readonly string[] Use =
    [
        "based", "build*", "built", "using", "use", "uses", "used", "leverag*", "adopt*", "employ*", "exploit*",
        "integrat*", "incorporat*", "combin*", "extend*", "via", "equip*", "augment*", "inspired", "upon", "apply*", "applied",
    ];

    public static readonly string[] Evaluation =
    [
        "experiment*", "evaluat*", "result*", "achiev*", "outperform*", "benchmark*", "test*", "accurac*", "surpass*",
        "empirical*", "demonstrat*", "perform*", "improv*", "dataset*", "validat*", "state-of-the-art", "sota",
    ];
}
