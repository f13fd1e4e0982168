using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Turns a paper's reference list into CITES edges: each reference resolves by its id keys, else by its title
/// (or raw text); an unknown one becomes a stub paper with its keys registered. Self-citations are dropped.
/// </summary>
internal sealed class ReferenceWriter(WriterStatements statements, KeyFilter filter)
{
    private static readonly string Cites = RelationshipType.Cites.ToGraphName();

    private readonly WriterStatements _statements = statements;
    private readonly KeyFilter _filter = filter;

    public int StubsCreated { get; private set; }
    public int CitationsAdded { get; private set; }

    /// <summary>Starts a batch.</summary>
    public void Reset()
    {
        StubsCreated = 0;
        CitationsAdded = 0;
    }

    /// <summary>Writes the CITES edges of one paper; true when anything was added.</summary>
    public bool Write(string paperId, IReadOnlyList<PaperReference> references)
    {
        var changed = false;
        foreach (var reference in references)
        {
            if (reference is null) continue;
            var target = Resolve(reference);
            if (target is null || target == paperId) continue;
            if (_statements.AddEdge(paperId, Cites, target))
            {
                CitationsAdded++;
                changed = true;
            }
        }
        return changed;
    }

    private string? Resolve(PaperReference reference)
    {
        var ids = reference.Ids ?? ExternalIds.None;
        string? firstKey = null;
        foreach (var key in ids.Keys())
        {
            firstKey ??= key;
            if (_filter.TryGetOwner(key, out var cached)) return cached;
            if (!_filter.MayHaveKey(key)) continue;
            var found = _statements.FindPaperIdByKey(key);
            if (found is not null)
            {
                _filter.RememberOwner(key, found);
                return found;
            }
        }

        var title = Clean(reference.Title) ?? (ids.IsEmpty ? Clean(reference.RawText) : null);
        string? titleKey = null;
        if (title is not null)
        {
            titleKey = PaperIdentity.TitleKey(title);
            var byTitle = _filter.MayHaveTitle(titleKey) ? BatchWriter.ResolveByTitle(_statements, ids, titleKey) : null;
            if (byTitle is not null) return byTitle;
        }

        var stubTitle = title ?? Clean(reference.RawText) ?? firstKey;
        if (stubTitle is null) return null;
        titleKey ??= PaperIdentity.TitleKey(stubTitle);
        var stubId = PaperIdentity.ChooseId(ids, stubTitle);
        if (_statements.InsertStub(stubId, stubTitle, titleKey, reference.Year, ExternalIdsCodec.ToJson(ids)))
        {
            StubsCreated++;
            _filter.AddTitle(titleKey);
        }
        foreach (var key in ids.Keys())
        {
            if (!_statements.AddKey(key, stubId)) continue;
            _filter.AddKey(key);
            _filter.RememberOwner(key, stubId);
        }
        return stubId;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
