using System.Diagnostics;

namespace KnowledgeGraph.Core.Linking;

/// <summary>
/// Measures single-threaded extraction speed over a set of (title, abstract) pairs, against a baseline measured in the
/// same run: the vocabulary pass alone (tokenize, split sentences, match every alias), the floor any dictionary tagger
/// pays. The two alternate in short rounds, so a minute in which the machine is slow slows both.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>Speed of one phase: abstracts per wall-clock second and per CPU second of this process.</summary>
    public sealed record Measurement(long Abstracts, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes = 0)
    {
        /// <summary>Managed bytes allocated per abstract: what the garbage collector has to clear and collect.</summary>
        public double BytesPerAbstract => Abstracts == 0 ? 0 : (double)AllocatedBytes / Abstracts;
        public double PerWallSecond => Abstracts / Math.Max(Wall.TotalSeconds, 1e-9);
        /// <summary>Abstracts per second of CPU actually given to the process: the per-core rate on a busy machine.</summary>
        public double PerCpuSecond => Abstracts / Math.Max(Cpu.TotalSeconds, 1e-9);

        public static Measurement operator +(Measurement a, Measurement b) =>
            new(a.Abstracts + b.Abstracts, a.Wall + b.Wall, a.Cpu + b.Cpu, a.AllocatedBytes + b.AllocatedBytes);
    }

    /// <summary>
    /// Extraction and the baseline, summed over all rounds, and per round the ratio of their CPU-second rates.
    /// </summary>
    public sealed record Report(Measurement Extraction, Measurement Baseline, IReadOnlyList<double> RoundRatios,
        IReadOnlyList<double> ExtractionRounds, IReadOnlyList<double> BaselineRounds)
    {
        /// <summary>Median over rounds of extraction's rate divided by the baseline's in the same round.</summary>
        public double MedianRatio => Median(RoundRatios);
        public double MedianExtraction => Median(ExtractionRounds);
        public double MedianBaseline => Median(BaselineRounds);
    }

    /// <summary>
    /// Links every paper repeatedly on the calling thread for about <paramref name="duration"/> in all, split into
    /// <paramref name="rounds"/> rounds; each round runs the baseline and then extraction for equal time.
    /// </summary>
    public static Report RunAgainstBaseline(PaperLinker linker, IReadOnlyList<(string Title, string Abstract)> papers, TimeSpan duration, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var empty = new Measurement(0, TimeSpan.Zero, TimeSpan.Zero);
        if (papers.Count == 0) return new Report(empty, empty, [], [], []);
        WarmUp(linker, papers);
        var phase = duration / (2 * rounds);
        Measurement extraction = empty, baseline = empty;
        var ratios = new List<double>(rounds);
        var extractionRounds = new List<double>(rounds);
        var baselineRounds = new List<double>(rounds);
        var cursor = 0;
        for (var r = 0; r < rounds; r++)
        {
            // both phases of a round start at the same abstract, so on a file too large to pass over in one phase they
            // still read the same text
            var b = Measure(papers, cursor, phase, (title, abstractText) => linker.VocabularyPass(title, abstractText));
            var e = Measure(papers, cursor, phase, (title, abstractText) => linker.Link(title, abstractText));
            cursor = (int)((cursor + e.Abstracts) % papers.Count);
            baseline += b;
            extraction += e;
            baselineRounds.Add(b.PerCpuSecond);
            extractionRounds.Add(e.PerCpuSecond);
            ratios.Add(e.PerCpuSecond / b.PerCpuSecond);
        }
        return new Report(extraction, baseline, ratios, extractionRounds, baselineRounds);
    }

    // JIT (tiered up) and caches, for both paths: 50 passes over a small file; over a large one, about two seconds (50
    // passes over 10,000 abstracts would take minutes, whatever the duration asked for)
    private static void WarmUp(PaperLinker linker, IReadOnlyList<(string Title, string Abstract)> papers)
    {
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < 50 * papers.Count && (n < 200 || clock.Elapsed < TimeSpan.FromSeconds(2)); n++)
        {
            var (title, abstractText) = papers[n % papers.Count];
            linker.Link(title, abstractText);
            linker.VocabularyPass(title, abstractText);
        }
    }

    /// <summary>Runs <paramref name="work"/> on the papers in turn from <paramref name="start"/> until the duration is up.</summary>
    private static Measurement Measure(IReadOnlyList<(string Title, string Abstract)> papers, int start, TimeSpan duration, Action<string, string> work)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        long done = 0;
        do
        {
            var (title, abstractText) = papers[(int)((start + done) % papers.Count)];
            work(title, abstractText);
            done++;
        }
        while (stopwatch.Elapsed < duration);
        var wall = stopwatch.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        process.Refresh();
        return new Measurement(done, wall, process.TotalProcessorTime - cpuStart, allocated);
    }

    private static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
