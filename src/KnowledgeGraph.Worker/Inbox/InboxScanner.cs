namespace KnowledgeGraph.Worker.Inbox;

/// <summary>
/// Lists the files of the inboxes' top level that are complete: their size and modification time have stayed the
/// same for <c>stableFor</c>. Names that writers use while a file is incomplete (dot-files, <c>*.tmp</c>,
/// <c>*.part</c>, <c>*.partial</c>, <c>*.crdownload</c>) and our own <c>*.error.txt</c> reports are never taken.
/// </summary>
internal sealed class InboxScanner(TimeProvider time, TimeSpan stableFor)
{
    private static readonly string[] IncompleteSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".error.txt"];
    private readonly TimeProvider _time = time;
    private readonly TimeSpan _stableFor = stableFor;
    private readonly Dictionary<string, Observation> _seen = new(StringComparer.Ordinal);

    private readonly record struct Observation(long Length, DateTime LastWriteUtc, DateTimeOffset Since);

    /// <summary>True when the last scan saw files that were not yet stable (look again after <c>stableFor</c>).</summary>
    public bool HasPending { get; private set; }

    public IReadOnlyList<InboxCandidate> Scan(IEnumerable<InboxFolder> inboxes)
    {
        var now = _time.GetUtcNow();
        var ready = new List<InboxCandidate>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        HasPending = false;
        foreach (var inbox in inboxes)
        {
            if (!Directory.Exists(inbox.Path)) continue;
            foreach (var path in Directory.EnumerateFiles(inbox.Path).Order(StringComparer.Ordinal))
            {
                if (!IsCandidateName(Path.GetFileName(path))) continue;
                FileInfo info;
                try
                {
                    info = new FileInfo(path);
                    if (!info.Exists) continue;
                }
                catch (IOException)
                {
                    continue;
                }
                present.Add(path);
                var length = info.Length;
                var written = info.LastWriteTimeUtc;
                if (_seen.TryGetValue(path, out var seen) && seen.Length == length && seen.LastWriteUtc == written)
                {
                    if (now - seen.Since >= _stableFor) ready.Add(new InboxCandidate(inbox, path));
                    else HasPending = true;
                    continue;
                }
                _seen[path] = new Observation(length, written, now);
                if (_stableFor <= TimeSpan.Zero) ready.Add(new InboxCandidate(inbox, path));
                else HasPending = true;
            }
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.Remove(gone);
        return ready;
    }

    /// <summary>Forgets a file (it was moved away, or must be looked at afresh).</summary>
    public void Forget(string path) => _seen.Remove(path);

    internal static bool IsCandidateName(string name) =>
        name.Length > 0
        && !name.StartsWith('.')
        && !IncompleteSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
