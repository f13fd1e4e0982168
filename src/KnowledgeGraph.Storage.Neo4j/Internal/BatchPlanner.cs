using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Identity resolution and change detection for one batch, in memory over a <see cref="BatchState"/> prefetched in the
/// batch's transaction. The rules are the SQLite store's: a record's external id keys decide (strongest first), then its
/// normalized title (only onto the one paper whose ids do not contradict it); a miss is a new paper, a matched stub is
/// filled, an unknown reference becomes a stub, self-citations are dropped, every merge and near-miss is logged.
/// </summary>
internal sealed class BatchPlanner(BatchState state, long seqBase)
{
    private const string Cites = "CITES";
    private readonly BatchState _state = state;
    private long _nextSeq = Math.Max(seqBase, state.MaxSeq + 1);
    private int _added, _updated, _unchanged, _stubsFilled, _stubsCreated, _citationsAdded;

    public WritePlan Plan { get; } = new();

    public UpsertSummary Write(IReadOnlyList<PaperUpsert> papers, CancellationToken cancellationToken)
    {
        for (var i = 0; i < papers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteOne(papers[i]);
        }
        return new UpsertSummary
        {
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            StubsCreated = _stubsCreated,
            StubsFilled = _stubsFilled,
            CitationsAdded = _citationsAdded,
        };
    }

    /// <summary>Replaces the extracted links of stored papers; how many papers' links changed.</summary>
    public int ReplaceLinks(IReadOnlyList<PaperLinks> papers, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var paper in papers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_state.Papers.ContainsKey(paper.PaperId)) continue;
            var edges = _state.EdgesOf(paper.PaperId);
            var removed = edges.Keys.Where(k => k.Type != Cites).ToList();
            foreach (var key in removed) edges.Remove(key);
            Plan.ClearLinksOf.Add(paper.PaperId);
            var written = WriteLinks(paper.PaperId, paper.Links);
            if (removed.Count > 0 || written) changed++;
            Plan.LinkedPapers.Add(paper.PaperId);
        }
        return changed;
    }

    private void WriteOne(PaperUpsert upsert)
    {
        var record = upsert?.Record ?? throw new ArgumentException("A PaperUpsert has no record.", nameof(upsert));
        if (record.IsPartial)
        {
            WritePartial(record);
            return;
        }
        if (string.IsNullOrWhiteSpace(record.Title)) throw new ArgumentException($"{record.Source}: the record has no title.", nameof(upsert));

        var source = record.Source is null ? null : record.Source.Format + ":" + record.Source.File;
        var where = record.Source?.ToString() ?? "(unknown source)";
        var titleKey = PaperIdentity.TitleKey(record.Title);
        var existing = Resolve(record.Ids, titleKey, where, out var matchReason);
        bool changed, filled = false, isNew = existing is null;
        PaperState paper;

        if (existing is null)
        {
            paper = NewPaper(PaperIdentity.ChooseId(record.Ids, record.Title), record.Title, titleKey, isStub: false);
            paper.Abstract = record.Abstract;
            paper.Published = record.Published;
            paper.Year = record.Year;
            paper.Venue = record.Venue;
            paper.Ids = record.Ids;
            AddSource(paper.Sources, source);
            paper.ContentHash = paper.ComputeHash();
            changed = true;
        }
        else
        {
            paper = existing;
            var ownId = PaperIdentity.ChooseId(record.Ids, record.Title);
            if (ownId != paper.Id && matchReason is not null) Log(paper.Id, where, "merged", ownId, matchReason);
            var sources = new List<string>(paper.Sources);
            AddSource(sources, source);
            var merged = new PaperState
            {
                Id = paper.Id,
                Title = PaperIdentity.PreferredTitle(paper.Title, record.Title),
                TitleKey = titleKey,
                Abstract = record.Abstract ?? paper.Abstract,
                Published = record.Published ?? paper.Published,
                Year = record.Year ?? paper.Year,
                Venue = record.Venue ?? paper.Venue,
                Ids = ExternalIdKeys.Merge(paper.Ids, record.Ids),
                Sources = sources,
                Seq = paper.Seq,
            };
            var hash = merged.ComputeHash();
            filled = paper.IsStub;
            changed = filled || hash != paper.ContentHash;
            if (changed)
            {
                paper.Title = merged.Title;
                paper.TitleKey = merged.TitleKey;
                paper.Abstract = merged.Abstract;
                paper.Published = merged.Published;
                paper.Year = merged.Year;
                paper.Venue = merged.Venue;
                paper.Ids = merged.Ids;
                paper.Sources = merged.Sources;
                paper.IsStub = false;
                paper.ContentHash = hash;
                MarkDirty(paper);
                _state.IndexTitle(paper);
            }
        }

        foreach (var key in record.Ids.Keys()) changed |= AddKey(key, paper.Id);
        changed |= WriteAuthors(paper, record.Authors, isNew || filled);
        changed |= WriteLinks(paper.Id, upsert.Links);
        changed |= WriteReferences(paper.Id, record.References);

        if (isNew || filled) _added++;
        else if (changed) _updated++;
        else _unchanged++;
        if (filled) _stubsFilled++;
    }

    /// <summary>A partial record adds its abstract, ids and references to the paper its ids name, else to a new stub.</summary>
    private void WritePartial(PaperRecord record)
    {
        if (record.Ids.IsEmpty) throw new ArgumentException($"{record.Source}: a partial record needs ids.", nameof(record));
        var paper = Resolve(record.Ids, titleKey: null, record.Source?.ToString() ?? "(unknown source)", out _);
        var changed = false;
        if (paper is null)
        {
            var id = PaperIdentity.ChooseId(record.Ids, null);
            var title = string.IsNullOrWhiteSpace(record.Title) ? id : record.Title;
            if (!_state.Papers.TryGetValue(id, out paper))
            {
                paper = NewPaper(id, title, PaperIdentity.TitleKey(title), isStub: true);
                paper.Year = record.Year;
                paper.Ids = record.Ids;
                _stubsCreated++;
                changed = true;
            }
        }
        if (!string.IsNullOrWhiteSpace(record.Abstract) && paper.Abstract != record.Abstract)
        {
            paper.Abstract = record.Abstract;
            paper.ContentHash = paper.ComputeHash();
            MarkDirty(paper);
            changed = true;
        }
        foreach (var key in record.Ids.Keys()) changed |= AddKey(key, paper.Id);
        changed |= WriteReferences(paper.Id, record.References);
        if (changed) _updated++;
        else _unchanged++;
    }

    /// <summary>The paper a record belongs to, or null for a new one (the SQLite store's rules, see the class summary).</summary>
    private PaperState? Resolve(ExternalIds ids, string? titleKey, string source, out string? reason)
    {
        string? owner = null;
        reason = null;
        foreach (var key in ids.Keys())
        {
            if (!_state.KeyOwners.TryGetValue(key, out var found)) continue;
            if (owner is null)
            {
                owner = found;
                reason = "shares " + key;
            }
            else if (found != owner)
            {
                Log(owner, source, "kept-apart", found, $"the record's {key} belongs to {found}, another of its ids to {owner}");
            }
        }
        if (owner is not null) return _state.Papers.GetValueOrDefault(owner) ?? throw new InvalidOperationException($"Paper '{owner}' is indexed but missing.");
        if (titleKey is null) return null;

        var candidates = TitleCandidates(ids, titleKey, out var contradicted);
        foreach (var other in contradicted) Log(other.Id, source, "kept-apart", PaperIdentity.ChooseId(ids, null), "same normalized title but contradicting ids");
        if (candidates.Count == 1)
        {
            reason = "same normalized title, no contradicting ids";
            return candidates[0];
        }
        foreach (var candidate in candidates)
        {
            Log(candidate.Id, source, "kept-apart", PaperIdentity.ChooseId(ids, null), $"the title matches {candidates.Count} papers: ambiguous, not merged");
        }
        return null;
    }

    private List<PaperState> TitleCandidates(ExternalIds ids, string titleKey, out List<PaperState> contradicted)
    {
        var candidates = new List<PaperState>();
        contradicted = [];
        foreach (var paper in _state.WithTitle(titleKey))
        {
            if (ids.IsEmpty || !ExternalIdKeys.Conflict(paper.Ids, ids)) candidates.Add(paper);
            else contradicted.Add(paper);
        }
        return candidates;
    }

    private bool WriteReferences(string paperId, IReadOnlyList<PaperReference> references)
    {
        var changed = false;
        foreach (var reference in references)
        {
            if (reference is null) continue;
            var target = ResolveReference(reference);
            if (target is null || target == paperId) continue;
            if (AddEdge(RelationshipType.Cites, NodeLabel.Paper, paperId, NodeLabel.Paper, target, []))
            {
                _citationsAdded++;
                changed = true;
            }
        }
        return changed;
    }

    private string? ResolveReference(PaperReference reference)
    {
        var ids = reference.Ids ?? ExternalIds.None;
        string? firstKey = null;
        foreach (var key in ids.Keys())
        {
            firstKey ??= key;
            if (_state.KeyOwners.TryGetValue(key, out var owner)) return owner;
        }
        var title = Clean(reference.Title) ?? (ids.IsEmpty ? Clean(reference.RawText) : null);
        string? titleKey = null;
        if (title is not null)
        {
            titleKey = PaperIdentity.TitleKey(title);
            var candidates = TitleCandidates(ids, titleKey, out _);
            if (candidates.Count == 1) return candidates[0].Id;
        }
        var stubTitle = title ?? Clean(reference.RawText) ?? firstKey;
        if (stubTitle is null) return null;
        titleKey ??= PaperIdentity.TitleKey(stubTitle);
        var stubId = PaperIdentity.ChooseId(ids, stubTitle);
        if (!_state.Papers.ContainsKey(stubId))
        {
            var stub = NewPaper(stubId, stubTitle, titleKey, isStub: true);
            stub.Year = reference.Year;
            stub.Ids = ids;
            _stubsCreated++;
        }
        foreach (var key in ids.Keys()) AddKey(key, stubId);
        return stubId;
    }

    private bool WriteAuthors(PaperState paper, IReadOnlyList<string> authors, bool knownEmpty)
    {
        if (authors.Count == 0) return false;
        // A paper keeps the author list it was first given; another source's spelling would add duplicates.
        if (!knownEmpty && paper.HasAuthors) return false;
        var changed = false;
        for (var i = 0; i < authors.Count; i++)
        {
            var name = authors[i]?.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            var nodeId = EntityId.For(NodeLabel.Author, name);
            if (nodeId.Length <= "author:".Length) continue;
            EnsureNode(nodeId, NodeLabel.Author, name, false, null);
            changed |= AddEdge(RelationshipType.AuthoredBy, NodeLabel.Paper, paper.Id, NodeLabel.Author, nodeId, new() { ["position"] = i });
            paper.HasAuthors = true;
        }
        return changed;
    }

    private bool WriteLinks(string paperId, IReadOnlyList<EntityLink>? links)
    {
        if (links is null || links.Count == 0) return false;
        Plan.LinkedPapers.Add(paperId);
        var changed = false;
        var seen = new HashSet<(RelationshipType, string)>();
        // Strongest first, so a second mention of the same entity never flips the stored evidence back and forth.
        foreach (var link in links.OrderByDescending(l => l.Confidence))
        {
            var nodeId = EntityId.For(link.Label, link.Name);
            if (!seen.Add((link.Type, nodeId))) continue;
            var props = link.Properties.Count == 0 ? null : JsonSerializer.Serialize(link.Properties);
            var isResult = link.Label == NodeLabel.Result;
            EnsureNode(nodeId, link.Label, link.Name, link.Discovered, isResult ? props : null, isResult ? link.Properties : null);
            var edge = new EdgeProps(link.Confidence, link.Evidence, link.EvidenceStart, link.Surface, link.Extractor, props);
            var edges = _state.EdgesOf(paperId);
            var key = (link.Type.ToGraphName(), nodeId);
            if (!edges.TryGetValue(key, out var existing) || existing != edge)
            {
                edges[key] = edge;
                Plan.Edges.Add(new EdgeRow(link.Type, NodeLabel.Paper, paperId, link.Label, nodeId, Upsert: true, new()
                {
                    ["confidence"] = link.Confidence,
                    ["evidence"] = link.Evidence,
                    ["evidenceStart"] = link.EvidenceStart,
                    ["surface"] = link.Surface,
                    ["extractor"] = link.Extractor,
                    ["props"] = props,
                }));
                changed = true;
            }
            WriteEntityEdges(nodeId, link);
        }
        return changed;
    }

    /// <summary>IS_A / BROADER to a parent, and a Result's ON / MEASURED_BY / OF edges, from the link's properties.</summary>
    private void WriteEntityEdges(string nodeId, EntityLink link)
    {
        if (link.Properties.TryGetValue("parent", out var parent) && !string.IsNullOrWhiteSpace(parent)
            && link.Label is NodeLabel.Method or NodeLabel.Task or NodeLabel.Concept)
        {
            EntityEdge(nodeId, link.Label, link.Label == NodeLabel.Concept ? RelationshipType.Broader : RelationshipType.IsA, link.Label, parent, link);
        }
        if (link.Label == NodeLabel.Result)
        {
            if (link.Properties.TryGetValue("dataset", out var dataset)) EntityEdge(nodeId, NodeLabel.Result, RelationshipType.On, NodeLabel.Dataset, dataset, link);
            if (link.Properties.TryGetValue("metric", out var metric)) EntityEdge(nodeId, NodeLabel.Result, RelationshipType.MeasuredBy, NodeLabel.Metric, metric, link);
            if (link.Properties.TryGetValue("method", out var method)) EntityEdge(nodeId, NodeLabel.Result, RelationshipType.Of, NodeLabel.Method, method, link);
        }
    }

    private void EntityEdge(string fromId, NodeLabel fromLabel, RelationshipType type, NodeLabel label, string name, EntityLink link)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var toId = EntityId.For(label, name);
        if (toId == fromId) return;
        EnsureNode(toId, label, name, false, null);
        AddEdge(type, fromLabel, fromId, label, toId, new() { ["confidence"] = link.Confidence, ["extractor"] = link.Extractor });
    }

    private void EnsureNode(string id, NodeLabel label, string name, bool discovered, string? propsJson, IReadOnlyDictionary<string, string>? fields = null)
    {
        if (Plan.Nodes.TryGetValue(id, out var known))
        {
            Plan.Nodes[id] = known with { Discovered = known.Discovered && discovered, PropsJson = propsJson ?? known.PropsJson, Fields = fields ?? known.Fields };
            return;
        }
        Plan.Nodes[id] = new EntityNodeRow(id, label, name, discovered, propsJson, fields ?? new Dictionary<string, string>());
    }

    /// <summary>Adds an edge unless it exists; true when it is new. Edges from non-paper nodes are written idempotently (MERGE).</summary>
    private bool AddEdge(RelationshipType type, NodeLabel fromLabel, string src, NodeLabel toLabel, string dst, Dictionary<string, object?> props)
    {
        if (fromLabel == NodeLabel.Paper)
        {
            var edges = _state.EdgesOf(src);
            var key = (type.ToGraphName(), dst);
            if (edges.ContainsKey(key)) return false;
            edges[key] = null;
        }
        Plan.Edges.Add(new EdgeRow(type, fromLabel, src, toLabel, dst, Upsert: false, props));
        return true;
    }

    /// <summary>Registers an external id key; a key already owned keeps its owner. True when added.</summary>
    private bool AddKey(string key, string paperId)
    {
        if (_state.KeyOwners.ContainsKey(key)) return false;
        _state.KeyOwners[key] = paperId;
        Plan.Keys.Add((key, paperId));
        return true;
    }

    private PaperState NewPaper(string id, string title, string titleKey, bool isStub)
    {
        var paper = new PaperState { Id = id, Title = title, TitleKey = titleKey, IsStub = isStub, Seq = _nextSeq++ };
        _state.Add(paper);
        MarkDirty(paper);
        return paper;
    }

    private void MarkDirty(PaperState paper)
    {
        paper.Dirty = true;
        Plan.Papers[paper.Id] = paper;
    }

    private void Log(string paperId, string source, string decision, string otherId, string reason) =>
        Plan.Identity.Add(new IdentityRow(paperId, source, decision, otherId, reason));

    private static void AddSource(List<string> sources, string? source)
    {
        if (source is not null && !sources.Contains(source)) sources.Add(source);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
