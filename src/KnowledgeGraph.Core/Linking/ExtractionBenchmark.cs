using System.Diagnostics;

namespace KnowledgeGraph.Core.Linking;

/// <summary>Measures single-threaded extraction speed over a set of (title, abstract) pairs.</summary>
public static class ExtractionBenchmark
{
    /// <summary>Links every paper repeatedly for about <paramref name="duration"/> and returns abstracts per second.</summary>
    public static double AbstractsPerSecond(PaperLinker linker, IReadOnlyList<(string Title, string Abstract)> papers, TimeSpan duration)
    {
        if (papers.Count == 0) return 0;
        // warm-up: JIT and caches
        foreach (var (title, abstractText) in papers) linker.Link(title, abstractText);
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
        return done / stopwatch.Elapsed.TotalSeconds;
    }
}
