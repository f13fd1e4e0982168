using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Analytics.Ranking;

/// <summary>Settings of <see cref="PageRankAlgorithm"/>; the defaults match igraph's <c>pagerank()</c>.</summary>
public sealed class PageRankOptions
{
    /// <summary>Probability of following a link rather than jumping to a random vertex. Default 0.85.</summary>
    [Range(0.0, 1.0)]
    public double Damping { get; init; } = 0.85;

    /// <summary>Stop when the L1 norm of the change between two iterations is below this. Default 1e-6.</summary>
    [Range(0.0, 1.0)]
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>Upper bound on iterations. Default 200.</summary>
    [Range(1, 100_000)]
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Keep the per-iteration contributions (rank / out-degree) as 32-bit floats: half the cache footprint of the
    /// randomly gathered array, at a relative error near 1e-7 per contribution (ranks and sums stay 64-bit; results
    /// still agree with igraph to 1e-6). Default true; false gives full double precision.
    /// </summary>
    public bool SinglePrecisionContributions { get; init; } = true;

    /// <summary>
    /// Sum the in-edges of the most-cited vertices block-wise (<see cref="HotDestinationBlocks"/>), so their gathers hit
    /// L2 instead of L3, on graphs of at least <see cref="HotBlocksMinimumVertices"/> vertices. Needs
    /// <see cref="InDegreeOrder"/>. Costs one pass over the edges and 4 bytes per blocked edge before the first
    /// iteration. Default true.
    /// </summary>
    public bool HotBlocks { get; init; } = true;

    /// <summary>
    /// Vertices from which hot blocks are used: below it the contributions (4 bytes each) fit in this machine's
    /// 512 KiB L2 or close to it, so every gather is already cheap. Default 2^18.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int HotBlocksMinimumVertices { get; init; } = 1 << 18;

    /// <summary>
    /// How many edges a destination block must give each 64-byte line of contributions it reads, on average, to be
    /// summed block-wise; the blocks are taken from the most-cited vertices down until one falls short. Default 2:
    /// on the generated 1M / 15M graph (ms per iteration in one run, plain pull 21.5) 8 gave 17.4, 4 gave 14.9, 2 gave
    /// 13.8 and 1 gave 13.5 but a longer layout (0.42 s against 0.35).
    /// </summary>
    [Range(0.0, 1024.0)]
    public double HotBlockLineReuse { get; init; } = 2;

    /// <summary>Destinations per hot block (their double sums: 128 KiB by default). A power of two, at most 65,536.</summary>
    [Range(1, 1 << 16)]
    public int HotBlockSize { get; init; } = 1 << 14;

    /// <summary>
    /// Sources per segment of a hot block (their float contributions: 32 KiB by default, this machine's L1d). A power of
    /// two, at most 65,536. On 1M / 15M, ms per iteration in three runs: 2^15 gave 14.3 / 15.8 / 12.5, 2^13 gave
    /// 13.1 / 13.2 / 12.4, 2^12 gave 13.2 / 12.4 / 12.1 (plain pull 17.2–20.7).
    /// </summary>
    [Range(1, 1 << 16)]
    public int HotSegmentSize { get; init; } = 1 << 13;

    /// <summary>
    /// Gauss–Seidel sweeps (each thread updates its slice in place, highest id first, and reads other slices as of the
    /// sweep's start — deterministic for a given thread count) instead of Jacobi iterations. Same fixed point, fewer
    /// sweeps (1M/15M generated graph: 13 on one thread, 23 on two, against 37), but each sweep pays a branch per edge
    /// and on two threads was slower overall here; the tolerance then bounds the L1 change of one sweep. Default false.
    /// </summary>
    public bool GaussSeidel { get; init; }

    /// <summary>
    /// Run the Jacobi pull kernel on vertices renumbered by in-degree (<see cref="InDegreeLayout"/>): the inner loop's
    /// trip count then repeats from one vertex to the next, and an iteration took half the time on cit-HepPh and 15–35%
    /// less on generated graphs. Costs one pass over the edges before the first iteration. Not used with
    /// <see cref="GaussSeidel"/>, which depends on the stored order. Default true.
    /// </summary>
    public bool InDegreeOrder { get; init; } = true;

    /// <summary>
    /// Fold the edges of vertices nobody cites into a per-target weight computed once (<see cref="UncitedSources"/>):
    /// those vertices have the same rank in every iteration, so their edges need no gather. Needs
    /// <see cref="InDegreeOrder"/>, and applies from <see cref="HotBlocksMinimumVertices"/> vertices: on smaller graphs
    /// an iteration is cheap and the fold's share of the layout pass cost more than it saved (cit-HepPh: 41 iterations
    /// of 0.24 ms, no measurable gain per iteration). Default true.
    /// </summary>
    public bool EliminateUncitedSources { get; init; } = true;

    /// <summary>Worker threads for the pull kernel. Default 2 (the machines this runs on have 2 cores).</summary>
    [Range(1, 256)]
    public int Threads { get; init; } = 2;
}
