using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>The outcome of ingesting a set of files: per-file counts, what the store changed, and every problem.</summary>
public sealed class IngestionReport
{
    private readonly List<ReadProblem> _problems = [];
    private readonly List<ReadProblem> _warnings = [];
    private readonly Dictionary<string, int> _recordsPerFile = new(StringComparer.Ordinal);

    public UpsertSummary Store { get; internal set; } = new();
    public int Files => _recordsPerFile.Count;
    public long RecordsRead { get; internal set; }
    public IReadOnlyList<ReadProblem> Problems => _problems;
    /// <summary>Records ingested with something fixed or dropped (a malformed id): reported, not fatal.</summary>
    public IReadOnlyList<ReadProblem> Warnings => _warnings;
    public IReadOnlyDictionary<string, int> RecordsPerFile => _recordsPerFile;
    public TimeSpan Elapsed { get; internal set; }

    public bool HasProblems => _problems.Count > 0;

    internal void AddProblem(ReadProblem problem) => _problems.Add(problem);

    internal void AddWarning(ReadProblem warning) => _warnings.Add(warning);

    internal void CountRecord(string file) =>
        _recordsPerFile[file] = _recordsPerFile.TryGetValue(file, out var n) ? n + 1 : 1;

    internal void TouchFile(string file) => _recordsPerFile.TryAdd(file, 0);
}
