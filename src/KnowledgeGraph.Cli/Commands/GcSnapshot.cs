namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The garbage collector's counters at one moment; the difference of two says how often it collected, and how long it
/// paused the program, in between. A benchmark reports it next to CPU time: a large heap makes every full collection
/// slower, and that shows up as ingest time nowhere near any SQL.
/// </summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcSnapshot Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcSnapshot operator -(GcSnapshot after, GcSnapshot before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause);
}
