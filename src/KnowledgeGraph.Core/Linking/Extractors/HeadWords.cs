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

    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static string LastWord(string phrase)
    {
        var parts = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }
}
