using System.Diagnostics;

namespace KnowledgeGraph.Core.Linking;

/// <summary>Measures single-threaded extraction speed over a set of (title, abstract) pairs.</summary>
public static class ExtractionBenchmark
{
    /// <summary>Speed of one run: abstracts per wall-clock second and per CPU second of this process.</summary>
    public sealed record Measurement(long Abstracts, TimeSpan Wall, TimeSpan Cpu, long AllocatedBytes = 0)
    {
        /// <summary>Managed bytes allocated per abstract: what the garbage collector has to clear and collect.</summary>
        public double BytesPerAbstract => Abstracts == 0 ? 0 : (double)AllocatedBytes / Abstracts;
        public double PerWallSecond => Abstracts / Wall.TotalSeconds;
        /// <summary>Abstracts per second of CPU actually given to the process: the per-core rate on a busy machine.</summary>
        public double PerCpuSecond => Abstracts / Math.Max(Cpu.TotalSeconds, 1e-9);
    }

    /// <summary>Links every paper repeatedly, on the calling thread, for about <paramref name="duration"/>.</summary>
    public static Measurement Run(PaperLinker linker, IReadOnlyList<(string Title, string Abstract)> papers, TimeSpan duration)
    {
        if (papers.Count == 0) return new Measurement(0, TimeSpan.Zero, TimeSpan.Zero);
        // warm-up: JIT (tiered up) and caches
        for (var i = 0; i < 50; i++)
        {
            foreach (var (title, abstractText) in papers) linker.Link(title, abstractText);
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        long done = 0;
        while (stopwatch.Elapsed < duration)
        {
            foreach (var (title, abstractText) in papers)
            {
                linker.Link(title, abstractText);
                done++;
            }
        }
        var wall = stopwatch.Elapsed;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
        process.Refresh();
        return new Measurement(done, wall, process.TotalProcessorTime - cpuStart, allocated);
    }

    /// <summary>Abstracts per second of CPU time, single-threaded.</summary>
    public static double AbstractsPerSecond(PaperLinker linker, IReadOnlyList<(string Title, string Abstract)> papers, TimeSpan duration) =>
        Run(linker, papers, duration).PerCpuSecond;
}
