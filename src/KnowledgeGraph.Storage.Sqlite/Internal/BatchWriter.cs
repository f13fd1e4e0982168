using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Writes one batch of papers through the prepared <see cref="WriterStatements"/>, inside the transaction the
/// store opened. Resolution: a record's external id keys (strongest first), then its normalized title (only onto a
/// paper whose ids do not contradict it); a match is merged, a miss becomes a new paper, a matched stub is filled.
/// </summary>
internal sealed class BatchWriter
{
    private const int MaxKnownNodes = 500_000;
    private static readonly string ExtractedTypesJson = JsonSerializer.Serialize(PaperLinks.ExtractedTypes.Select(t => t.ToGraphName()));

    private readonly WriterStatements _statements;
    private readonly KeyFilter _filter;
    private readonly HashSet<string> _knownNodes = new(StringComparer.Ordinal);
    private readonly List<string> _batchNodes = [];
    // Nodes stored with discovered = 0 and entity edges (IS_A, ON, …) stored, as far as this writer knows: an upsert of
    // either again changes nothing, and a linked ingest repeated them for every paper naming the same method or task.
    private readonly HashSet<string> _settledNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _batchSettledNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownEntityEdges = new(StringComparer.Ordinal);
    private readonly HashSet<string> _batchEntityEdges = new(StringComparer.Ordinal);
    private readonly HashSet<long> _textTouched = [];
    private readonly HashSet<string> _linkedPapers = new(StringComparer.Ordinal);
    private readonly ReferenceWriter _references;
    private readonly AuthorWriter _authors;
    private readonly List<string> _unchangedPapers = [];
    private int _added, _updated, _unchanged, _stubsFilled, _stubsCreated;

    public BatchWriter(WriterStatements statements, KeyFilter filter)
    {
        _statements = statements;
        _filter = filter;
        _references = new ReferenceWriter(statements, filter);
        _authors = new AuthorWriter(statements, _knownNodes);
    }

    /// <summary>
    /// During a bulk load (<see cref="BulkLoad"/>) the full-text index is rebuilt once at the end: batches neither feed it
    /// nor remove rows from it, and leave <c>fts_sync.deferred</c> set.
    /// </summary>
    public bool FullTextDeferredToEnd { get; set; }

    /// <summary>
    /// During a bulk load the lineage of linked papers is derived once for the whole graph when the load ends
    /// (<see cref="LineageSql.RefreshAll"/>); a batch with links only records that it is due.
    /// </summary>
    public bool LineageDeferredToEnd { get; set; }

    public UpsertSummary Write(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken)
    {
        _added = _updated = _unchanged = _stubsFilled = _stubsCreated = 0;
        _batchNodes.Clear();
        _textTouched.Clear();
        _linkedPapers.Clear();
        _references.Reset();
        _authors.Reset();
        _unchangedPapers.Clear();
        // Index title and abstract once per batch, in rowid order: row-by-row FTS5 inserts cost several times more.
        _statements.SetFullTextDeferred(true);
        for (var i = 0; i < papers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteOne(papers[i]);
        }
        // A paper that was otherwise unchanged but gained an author or a citation was updated; which papers gained an
        // edge is only asked for when there is such a paper.
        var gained = _unchangedPapers.Count > 0 ? new HashSet<string>(StringComparer.Ordinal) : null;
        _authors.Flush(gained);
        _batchNodes.AddRange(_authors.WrittenNodes);
        _references.Flush(gained);
        foreach (var paperId in _unchangedPapers)
        {
            if (!gained!.Contains(paperId)) continue;
            _unchanged--;
            _updated++;
        }
        if (!FullTextDeferredToEnd)
        {
            _statements.IndexFullText(_textTouched);
            _statements.SetFullTextDeferred(false);
        }
        if (_linkedPapers.Count > 0)
        {
            if (LineageDeferredToEnd) _statements.DeferLineage();
            else _statements.RefreshLineage(JsonSerializer.Serialize(_linkedPapers));
        }
        return new UpsertSummary
        {
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            StubsCreated = _references.StubsCreated + _stubsCreated,
            StubsFilled = _stubsFilled,
            CitationsAdded = _references.CitationsAdded,
        };
    }

    /// <summary>
    /// Replaces the extracted links of existing papers (after the vocabulary changed): the paper's PROPOSES, USES,
    /// COMPARES_WITH, EVALUATES_ON, ADDRESSES, MENTIONS and REPORTS edges are removed and the new ones written.
    /// Returns how many papers' links changed.
    /// </summary>
    public int ReplaceLinks(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken)
    {
        var changedPapers = 0;
        foreach (var paper in papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var removed = _statements.DeleteLinks(paper.PaperId, ExtractedTypesJson);
            var written = WriteLinks(paper.PaperId, paper.Links);
            if (removed > 0 || written) changedPapers++;
            _linkedPapers.Add(paper.PaperId);
        }
        if (_linkedPapers.Count > 0) _statements.RefreshLineage(JsonSerializer.Serialize(_linkedPapers));
        _linkedPapers.Clear();
        return changedPapers;
    }

    /// <summary>Called after the transaction committed: nodes written in it are now known to exist.</summary>
    public void Committed()
    {
        if (_knownNodes.Count + _batchNodes.Count > MaxKnownNodes) _knownNodes.Clear();
        foreach (var id in _batchNodes) _knownNodes.Add(id);
        _batchNodes.Clear();
        if (_settledNodes.Count + _batchSettledNodes.Count > MaxKnownNodes) _settledNodes.Clear();
        foreach (var id in _batchSettledNodes) _settledNodes.Add(id);
        _batchSettledNodes.Clear();
        if (_knownEntityEdges.Count + _batchEntityEdges.Count > MaxKnownNodes) _knownEntityEdges.Clear();
        foreach (var key in _batchEntityEdges) _knownEntityEdges.Add(key);
        _batchEntityEdges.Clear();
    }

    /// <summary>Called after the transaction rolled back: forget the nodes written in it.</summary>
    public void RolledBack()
    {
        _batchNodes.Clear();
        _batchSettledNodes.Clear();
        _batchEntityEdges.Clear();
    }

    private void WriteOne(PaperUpsert upsert)
    {
        var record = upsert.Record ?? throw new ArgumentException("A PaperUpsert has no record.", nameof(upsert));
        if (record.IsPartial)
        {
            WritePartial(record);
            return;
        }
        if (string.IsNullOrWhiteSpace(record.Title)) throw new ArgumentException($"{record.Source}: the record has no title.", nameof(upsert));

        var source = record.Source is null ? null : record.Source.Format + ":" + record.Source.File;
        var titleKey = PaperIdentity.TitleKey(record.Title);
        var existingId = Resolve(record.Ids, titleKey, record.Source, out var matchReason);
        bool changed, filled = false, isNew = existingId is null;
        string paperId;

        if (existingId is null)
        {
            paperId = PaperIdentity.ChooseId(record.Ids, record.Title);
            var row = NewRow(paperId, record, titleKey, ExternalIdsCodec.ToJson(record.Ids), SourcesJson([], source));
            _textTouched.Add(_statements.InsertPaper(row));
            _filter.AddTitle(titleKey);
            changed = true;
        }
        else
        {
            paperId = existingId;
            var ownId = PaperIdentity.ChooseId(record.Ids, record.Title);
            // A record that would have had another id on its own was merged: say so, once per record.
            if (ownId != paperId && matchReason is not null)
            {
                _statements.LogIdentity(paperId, Describe(record.Source), "merged", ownId, matchReason);
            }
            var stored = _statements.GetPaper(paperId) ?? throw new InvalidOperationException($"Paper '{paperId}' is indexed but missing.");
            var ids = ExternalIdKeys.Merge(ExternalIdsCodec.FromJson(stored.IdsJson), record.Ids);
            var sources = JsonSerializer.Deserialize<List<string>>(stored.SourcesJson) ?? [];
            var merged = new PaperRow(
                paperId,
                PaperIdentity.PreferredTitle(stored.Title, record.Title),
                titleKey,
                record.Abstract ?? stored.Abstract,
                record.Published ?? stored.Published,
                record.Year ?? stored.Year,
                record.Venue ?? stored.Venue,
                ExternalIdsCodec.ToJson(ids),
                IsStub: false,
                ContentHash: null,
                SourcesJson(sources, source));
            merged = merged with { ContentHash = Hash(merged) };
            filled = stored.IsStub;
            changed = filled || merged.ContentHash != stored.ContentHash;
            if (changed)
            {
                // The index still holds the row as it was before this batch; remove that once, re-add at the end.
                if (!stored.IsStub && _textTouched.Add(stored.Pk) && !FullTextDeferredToEnd) _statements.UnindexFullText(stored.Pk, stored.Title, stored.Abstract);
                _textTouched.Add(stored.Pk);
                _statements.UpdatePaper(merged);
                if (titleKey != stored.TitleKey) _filter.AddTitle(titleKey);
            }
        }

        foreach (var key in record.Ids.Keys())
        {
            if (_statements.AddKey(key, paperId))
            {
                _filter.AddKey(key);
                _filter.RememberOwner(key, paperId);
                changed = true;
            }
        }

        _authors.Add(paperId, record.Authors, knownEmpty: isNew || filled);
        changed |= WriteLinks(paperId, upsert.Links);
        _references.Add(paperId, record.References);

        if (isNew || filled) _added++;
        else if (changed) _updated++;
        else Unchanged(paperId);
        if (filled) _stubsFilled++;
    }

    /// <summary>
    /// A partial record (an S2AG abstract or citation line) adds its abstract, ids and references to the paper its ids
    /// name; when no such paper exists yet it becomes a stub that the full record fills in later.
    /// </summary>
    private void WritePartial(PaperRecord record)
    {
        if (record.Ids.IsEmpty) throw new ArgumentException($"{record.Source}: a partial record needs ids.", nameof(record));
        var paperId = Resolve(record.Ids, titleKey: null, record.Source, out _);
        var changed = false;
        if (paperId is null)
        {
            paperId = PaperIdentity.ChooseId(record.Ids, null);
            var title = string.IsNullOrWhiteSpace(record.Title) ? paperId : record.Title;
            var titleKey = PaperIdentity.TitleKey(title);
            if (_statements.InsertStub(paperId, title, titleKey, record.Year, ExternalIdsCodec.ToJson(record.Ids)))
            {
                _stubsCreated++;
                _filter.AddTitle(titleKey);
                changed = true;
            }
        }

        if (!string.IsNullOrWhiteSpace(record.Abstract))
        {
            var stored = _statements.GetPaper(paperId) ?? throw new InvalidOperationException($"Paper '{paperId}' is indexed but missing.");
            if (stored.Abstract != record.Abstract)
            {
                if (!stored.IsStub && _textTouched.Add(stored.Pk) && !FullTextDeferredToEnd) _statements.UnindexFullText(stored.Pk, stored.Title, stored.Abstract);
                _textTouched.Add(stored.Pk);
                var merged = stored with { Abstract = record.Abstract };
                _statements.UpdatePaper(merged with { ContentHash = Hash(merged) });
                changed = true;
            }
        }

        foreach (var key in record.Ids.Keys())
        {
            if (!_statements.AddKey(key, paperId)) continue;
            _filter.AddKey(key);
            _filter.RememberOwner(key, paperId);
            changed = true;
        }
        _references.Add(paperId, record.References);
        if (changed) _updated++;
        else Unchanged(paperId);
    }

    /// <summary>Counts a record that changed nothing so far; its references, written at the end of the batch, may still.</summary>
    private void Unchanged(string paperId)
    {
        _unchanged++;
        _unchangedPapers.Add(paperId);
    }

    /// <summary>
    /// The paper a record belongs to, or null for a new one. Ids decide first (strongest first); when two of the
    /// record's ids belong to different papers the record goes to the first and the disagreement is logged. Without
    /// an id match, the normalized title decides, but only when exactly one paper with that title has no
    /// contradicting id: several candidates are ambiguous and the record is kept apart (and logged).
    /// </summary>
    private string? Resolve(ExternalIds ids, string? titleKey, SourceLocation? location, out string? reason)
    {
        string? owner = null;
        reason = null;
        foreach (var key in ids.Keys())
        {
            var found = FindOwner(key);
            if (found is null) continue;
            if (owner is null)
            {
                owner = found;
                reason = "shares " + key;
            }
            else if (found != owner)
            {
                _statements.LogIdentity(owner, Describe(location), "kept-apart", found, $"the record's {key} belongs to {found}, another of its ids to {owner}");
            }
        }
        if (owner is not null) return owner;
        if (titleKey is null || !_filter.MayHaveTitle(titleKey)) return null;

        var candidates = TitleCandidates(_statements, ids, titleKey, out var contradicted);
        foreach (var other in contradicted)
        {
            _statements.LogIdentity(other, Describe(location), "kept-apart", PaperIdentity.ChooseId(ids, null), "same normalized title but contradicting ids");
        }
        if (candidates.Count == 1)
        {
            reason = "same normalized title, no contradicting ids";
            return candidates[0];
        }
        foreach (var candidate in candidates)
        {
            _statements.LogIdentity(candidate, Describe(location), "kept-apart", PaperIdentity.ChooseId(ids, null), $"the title matches {candidates.Count} papers: ambiguous, not merged");
        }
        return null;
    }

    private string? FindOwner(string key)
    {
        if (_filter.TryGetOwner(key, out var cached)) return cached;
        if (!_filter.MayHaveKey(key)) return null;
        var found = _statements.FindPaperIdByKey(key);
        if (found is not null) _filter.RememberOwner(key, found);
        return found;
    }

    /// <summary>Papers with this normalized title whose ids do not contradict <paramref name="ids"/>; the others in <paramref name="contradicted"/>.</summary>
    internal static List<string> TitleCandidates(WriterStatements statements, ExternalIds ids, string titleKey, out List<string> contradicted)
    {
        var candidates = new List<string>();
        contradicted = [];
        foreach (var (id, idsJson) in statements.FindByTitleKey(titleKey))
        {
            if (ids.IsEmpty || !ExternalIdKeys.Conflict(ExternalIdsCodec.FromJson(idsJson), ids)) candidates.Add(id);
            else contradicted.Add(id);
        }
        return candidates;
    }

    /// <summary>The single paper with this normalized title whose ids do not contradict <paramref name="ids"/>, else null.</summary>
    internal static string? ResolveByTitle(WriterStatements statements, ExternalIds ids, string titleKey)
    {
        var candidates = TitleCandidates(statements, ids, titleKey, out _);
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private bool WriteLinks(string paperId, IReadOnlyList<EntityLink>? links)
    {
        if (links is null || links.Count == 0) return false;
        _linkedPapers.Add(paperId);
        var changed = false;
        var seen = new HashSet<(RelationshipType, string)>();
        // Strongest first, so a second mention of the same entity never flips the stored evidence back and forth.
        foreach (var link in links.OrderByDescending(l => l.Confidence))
        {
            var nodeId = EntityId.For(link.Label, link.Name);
            if (!seen.Add((link.Type, nodeId))) continue;
            var props = link.Properties.Count == 0 ? null : JsonSerializer.Serialize(link.Properties);
            // Only a Result carries props on its node; any other node stored as not discovered cannot change, and a
            // discovered link changes no stored node.
            var settled = link.Label != NodeLabel.Result
                && (_settledNodes.Contains(nodeId) || _batchSettledNodes.Contains(nodeId) || (link.Discovered && _knownNodes.Contains(nodeId)));
            if (!settled)
            {
                changed |= _statements.UpsertNode(nodeId, link.Label.ToString(), link.Name, link.Discovered, link.Label == NodeLabel.Result ? props : null);
                _batchNodes.Add(nodeId);
                if (!link.Discovered && link.Label != NodeLabel.Result) _batchSettledNodes.Add(nodeId);
            }
            changed |= _statements.UpsertLinkEdge(
                paperId, link.Type.ToGraphName(), nodeId, link.Confidence, link.Evidence, link.EvidenceStart, link.Surface, link.Extractor, props);
            changed |= WriteEntityEdges(nodeId, link);
        }
        return changed;
    }

    /// <summary>IS_A / BROADER to a parent, and a Result's ON / MEASURED_BY / OF edges, from the link's properties.</summary>
    private bool WriteEntityEdges(string nodeId, EntityLink link)
    {
        var changed = false;
        if (link.Properties.TryGetValue("parent", out var parent) && !string.IsNullOrWhiteSpace(parent)
            && link.Label is NodeLabel.Method or NodeLabel.Task or NodeLabel.Concept)
        {
            var type = link.Label == NodeLabel.Concept ? RelationshipType.Broader : RelationshipType.IsA;
            changed |= EntityEdge(nodeId, type, link.Label, parent, link);
        }
        if (link.Label == NodeLabel.Result)
        {
            if (link.Properties.TryGetValue("dataset", out var dataset)) changed |= EntityEdge(nodeId, RelationshipType.On, NodeLabel.Dataset, dataset, link);
            if (link.Properties.TryGetValue("metric", out var metric)) changed |= EntityEdge(nodeId, RelationshipType.MeasuredBy, NodeLabel.Metric, metric, link);
            if (link.Properties.TryGetValue("method", out var method)) changed |= EntityEdge(nodeId, RelationshipType.Of, NodeLabel.Method, method, link);
        }
        return changed;
    }

    private bool EntityEdge(string fromId, RelationshipType type, NodeLabel label, string name, EntityLink link)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        var toId = EntityId.For(label, name);
        if (toId == fromId) return false;
        var key = fromId + "\u001f" + type.ToGraphName() + "\u001f" + toId;
        if (_knownEntityEdges.Contains(key) || !_batchEntityEdges.Add(key)) return false;
        var changed = EnsureNode(toId, label, name);
        return _statements.AddEdge(fromId, type.ToGraphName(), toId, confidence: link.Confidence, extractor: link.Extractor) | changed;
    }

    private bool EnsureNode(string nodeId, NodeLabel label, string name)
    {
        if (_knownNodes.Contains(nodeId)) return false;
        _batchNodes.Add(nodeId);
        _batchSettledNodes.Add(nodeId);
        return _statements.UpsertNode(nodeId, label.ToString(), name, discovered: false, propsJson: null);
    }

    /// <summary>The record's place for the identity log; formatted only when a decision is logged.</summary>
    private static string Describe(SourceLocation? location) => location?.ToString() ?? "(unknown source)";

    private static PaperRow NewRow(string id, PaperRecord record, string titleKey, string idsJson, string sourcesJson)
    {
        var row = new PaperRow(id, record.Title, titleKey, record.Abstract, record.Published, record.Year, record.Venue, idsJson, false, null, sourcesJson);
        return row with { ContentHash = Hash(row) };
    }

    private static string SourcesJson(List<string> sources, string? source)
    {
        if (source is not null && !sources.Contains(source)) sources.Add(source);
        return JsonSerializer.Serialize(sources);
    }

    private static string Hash(PaperRow row)
    {
        // Exactly string.Join('\u001f', …) of these fields (the year as its current-culture ToString, as Join formats it),
        // hashed without building the joined string: stored hashes stay comparable with those older versions wrote.
        var year = row.Year?.ToString(System.Globalization.CultureInfo.CurrentCulture);
        return Sha256Text.HexPrefix([row.Title, row.Abstract, row.Published, year, row.Venue, row.IdsJson, row.SourcesJson], '\u001f', 16);
    }
}
