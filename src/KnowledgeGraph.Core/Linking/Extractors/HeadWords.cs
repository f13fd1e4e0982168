namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>Head nouns that tell what kind of thing an unknown long form or noun phrase names.</summary>
internal static class HeadWords
{
    public static readonly HashSet<string> Method = new(StringComparer.OrdinalIgnoreCase)
    {
        "network", "networks", "model", "models", "machine", "machines", "transformer", "transformers", "architecture",
        "architectures", "algorithm", "algorithms", "framework", "encoder", "encoders", "decoder", "autoencoder", "net",
        "nets", "optimizer", "estimator", "classifier", "policy", "kernel", "forest", "perceptron", "unit", "units",
        "method", "methods", "approach", "system", "pipeline", "scheme", "technique", "module", "block", "layer", "mechanism",
    };

    public static readonly HashSet<string> Task = new(StringComparer.OrdinalIgnoreCase)
    {
        "prediction", "classification", "recognition", "detection", "segmentation", "forecasting", "estimation",
        "generation", "extraction", "translation", "retrieval", "answering", "synthesis", "parsing", "tagging",
        "completion", "reconstruction", "summarization", "tracking", "localization", "captioning", "inpainting",
        "denoising", "deblurring", "navigation", "modeling", "modelling", "editing", "recommendation", "identification",
        "diagnosis", "prioritization", "prioritisation", "composition", "scheduling", "understanding",
    };

    public static readonly HashSet<string> Dataset = new(StringComparer.OrdinalIgnoreCase)
    {
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database", "suite",
    };

    public static readonly HashSet<string> Metric = new(StringComparer.OrdinalIgnoreCase)
    {
        "error", "accuracy", "score", "rate", "distance", "precision", "recall", "ratio", "coefficient", "divergence", "gain",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MethodLookup = Method.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TaskLookup = Task.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DatasetLookup = Dataset.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MetricLookup = Metric.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordStartFilter MethodStarts = new(Method);
    private static readonly WordStartFilter TaskStarts = new(Task);
    private static readonly WordStartFilter DatasetStarts = new(Dataset);
    private static readonly WordStartFilter MetricStarts = new(Metric);

    /// <summary>
    /// A span lookup in one of the sets above, behind a filter on the word's first letters (most words asked about are
    /// no head word). The lookups are made once: making one per call allocated, and some callers ask once per word of
    /// every abstract.
    /// </summary>
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) =>
        ReferenceEquals(set, Task) ? TaskStarts.MayMatch(word) && TaskLookup.Contains(word)
        : ReferenceEquals(set, Method) ? MethodStarts.MayMatch(word) && MethodLookup.Contains(word)
        : ReferenceEquals(set, Dataset) ? DatasetStarts.MayMatch(word) && DatasetLookup.Contains(word)
        : ReferenceEquals(set, Metric) ? MetricStarts.MayMatch(word) && MetricLookup.Contains(word)
        : set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static string LastWord(string phrase)
    {
        var parts = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }
}
