namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>English noun inflection, as far as task names need it.</summary>
internal static class Inflection
{
    // plural-looking words that are singular (or have no singular): "fake news detection", "time series forecasting"
    private static readonly string[] KeepEndings = ["ss", "us", "is", "ics", "news", "series", "species", "ous"];

    /// <summary>"questions" → "question", "strategies" → "strategy"; "news", "series", "analysis", "robotics" stay.</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s')) return word;
        foreach (var ending in KeepEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return word;
        }
        return word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^1];
    }
}
