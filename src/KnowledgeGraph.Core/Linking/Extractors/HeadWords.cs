namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>Head nouns that tell what kind of thing an unknown long form or noun phrase names (case ignored).</summary>
internal static class HeadWords
{
    public static readonly WordSet Method = new(
    [
        "network", "networks", "model", "models", "machine", "machines", "transformer", "transformers", "architecture",
        "architectures", "algorithm", "algorithms", "framework", "encoder", "encoders", "decoder", "autoencoder", "net",
        "nets", "optimizer", "estimator", "classifier", "policy", "kernel", "forest", "perceptron", "unit", "units",
        "method", "methods", "approach", "system", "pipeline", "scheme", "technique", "module", "block", "layer", "mechanism",
        "backbone", "backbones",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly WordSet Task = new(
    [
        "prediction", "classification", "recognition", "detection", "segmentation", "forecasting", "estimation",
        "generation", "extraction", "translation", "retrieval", "answering", "synthesis", "parsing", "tagging",
        "completion", "reconstruction", "summarization", "tracking", "localization", "captioning", "inpainting",
        "denoising", "deblurring", "navigation", "modeling", "modelling", "editing", "recommendation", "identification",
        "diagnosis", "prioritization", "prioritisation", "composition", "scheduling", "understanding",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly WordSet Dataset = new(
    [
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database", "suite",
    ], StringComparer.OrdinalIgnoreCase);

    public static readonly WordSet Metric = new(
    [
        "error", "accuracy", "score", "rate", "distance", "precision", "recall", "ratio", "coefficient", "divergence", "gain",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>What a measured quantity ends with: "token delay", "memory overhead", "rendering quality".</summary>
    public static readonly WordSet Quantity = new(
    [
        "error", "errors", "accuracy", "score", "scores", "rate", "rates", "distance", "precision", "recall", "ratio", "coefficient",
        "divergence", "gain", "delay", "delays", "overhead", "overheads", "time", "cost", "costs", "efficiency", "stability", "rounds",
        "length", "usage", "consumption", "footprint", "memory", "latency", "speed", "throughput", "size", "gap", "steps",
        "parameters", "computation", "computations", "bandwidth", "energy", "loss", "perplexity", "quality", "robustness", "variance",
        "runtime", "fidelity", "toxicity", "traffic", "volume", "requirements", "requirement", "storage", "bias", "calls", "queries",
    ], StringComparer.OrdinalIgnoreCase);

    public static string LastWord(string phrase)
    {
        var parts = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : parts[^1];
    }
}
