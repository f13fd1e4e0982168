using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Benchmarks;

/// <summary>
/// Deterministic, realistic-looking paper records for the ingest benchmark: an arXiv id (a third also with a DOI),
/// a 6–11 word title, a ~120-word abstract, three authors drawn from a shared pool and five references, most of
/// them to other generated papers (earlier or later, so stubs are created and later filled), the rest external.
/// </summary>
public static class SyntheticPapers
{
    private static readonly string[] Words =
    [
        "attention", "transformer", "diffusion", "graph", "neural", "network", "language", "model", "retrieval", "augmented",
        "generation", "contrastive", "learning", "self-supervised", "reinforcement", "policy", "gradient", "optimization",
        "sparse", "mixture", "experts", "state", "space", "sequence", "long-context", "efficient", "inference", "quantization",
        "distillation", "benchmark", "evaluation", "robust", "adversarial", "training", "fine-tuning", "instruction", "alignment",
        "preference", "reward", "vision", "image", "segmentation", "detection", "multimodal", "embedding", "representation",
        "scaling", "laws", "tokenizer", "decoder", "encoder", "latent", "variational", "autoencoder", "convolutional", "recurrent",
        "memory", "reasoning", "chain-of-thought", "planning", "agents", "tool", "use", "speech", "recognition", "translation",
        "summarization", "question", "answering", "knowledge", "graphs", "causal", "uncertainty", "calibration", "federated",
        "privacy", "continual", "few-shot", "zero-shot", "meta-learning", "pruning", "low-rank", "adaptation", "hardware", "kernel",
    ];

    private static readonly string[] Fillers =
    [
        "we", "propose", "a", "novel", "method", "for", "that", "improves", "on", "the", "of", "and", "with", "in", "show",
        "results", "our", "approach", "outperforms", "prior", "work", "across", "tasks", "datasets", "while", "reducing", "cost",
    ];

    private static readonly string[] FirstNames =
    [
        "Ada", "Alan", "Yoshua", "Geoffrey", "Fei-Fei", "Andrew", "Ilya", "Oriol", "Jürgen", "Yann", "Daphne", "Chelsea",
        "Percy", "Christopher", "Sergey", "Pieter", "Kaiming", "Ashish", "Noam", "Niki", "Jakob", "Llion", "Aidan", "Łukasz",
    ];

    private static readonly string[] LastNames =
    [
        "Lovelace", "Turing", "Bengio", "Hinton", "Li", "Ng", "Sutskever", "Vinyals", "Schmidhuber", "LeCun", "Koller", "Finn",
        "Liang", "Manning", "Levine", "Abbeel", "He", "Vaswani", "Shazeer", "Parmar", "Uszkoreit", "Jones", "Gomez", "Kaiser",
        "Zhang", "Wang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu", "Guo", "Lin", "Gao",
    ];

    /// <summary>The records, generated lazily in order: the same <paramref name="seed"/> gives the same sequence.</summary>
    public static IEnumerable<PaperUpsert> Generate(int count, int seed, int referencesPerRecord = 5)
    {
        var random = new Random(seed);
        var source = new SourceLocation("synthetic.jsonl", "synthetic");
        for (var i = 0; i < count; i++)
        {
            var title = Sentence(random, 6 + random.Next(6), fillers: false);
            var record = new PaperRecord
            {
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                Abstract = Abstract(random),
                Authors = [Author(random), Author(random), Author(random)],
                Published = $"20{20 + (i % 6)}-{1 + (i % 12):00}-{1 + (i % 28):00}",
                Year = 2020 + (i % 6),
                Venue = i % 4 == 0 ? "NeurIPS" : null,
                Ids = new ExternalIds { ArxivId = ArxivId(i), Doi = i % 3 == 0 ? Doi(i) : null },
                References = References(random, i, count, referencesPerRecord),
                Source = source with { RecordNumber = i + 1 },
            };
            yield return new PaperUpsert(record);
        }
    }

    private static string ArxivId(int i) => string.Create(CultureInfo.InvariantCulture, $"{20 + (i / 1_000_000 % 6)}{1 + (i / 100_000 % 12):00}.{i % 100_000:00000}");

    private static string Doi(int i) => string.Create(CultureInfo.InvariantCulture, $"10.48550/synthetic.{i}");

    private static PaperReference[] References(Random random, int self, int count, int perRecord)
    {
        var references = new PaperReference[perRecord];
        for (var r = 0; r < references.Length; r++)
        {
            if (random.Next(10) < 7)
            {
                var target = random.Next(count);
                if (target == self) target = (target + 1) % count;
                references[r] = new PaperReference { Ids = new ExternalIds { ArxivId = ArxivId(target) } };
            }
            else
            {
                var external = random.Next(Math.Max(1, count / 2));
                references[r] = new PaperReference
                {
                    Ids = new ExternalIds { Doi = string.Create(CultureInfo.InvariantCulture, $"10.1000/external.{external}") },
                    Title = "External work number " + external.ToString(CultureInfo.InvariantCulture),
                    Year = 2010 + external % 10,
                };
            }
        }
        return references;
    }

    private static string Author(Random random) => FirstNames[random.Next(FirstNames.Length)] + " " + LastNames[random.Next(LastNames.Length)]
        + (random.Next(4) == 0 ? "" : " " + (char)('A' + random.Next(26)) + ".");

    private static string Abstract(Random random)
    {
        var sb = new StringBuilder(900);
        for (var s = 0; s < 6; s++)
        {
            var sentence = Sentence(random, 14 + random.Next(12), fillers: true);
            sb.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append(". ");
        }
        return sb.ToString().TrimEnd();
    }

    private static string Sentence(Random random, int words, bool fillers)
    {
        var sb = new StringBuilder(words * 9);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            var pool = fillers && random.Next(2) == 0 ? Fillers : Words;
            sb.Append(pool[random.Next(pool.Length)]);
        }
        return sb.ToString();
    }
}
