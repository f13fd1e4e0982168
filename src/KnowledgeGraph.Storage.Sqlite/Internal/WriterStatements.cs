using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// The writer's parameterized statements, prepared once on the writer connection and reused for every row of
/// every batch. Each method binds values and executes; none builds SQL from values.
/// </summary>
internal sealed class WriterStatements : IDisposable
{
    private const string PaperColumns = "id, title, title_key, abstract, published, year, venue, ids, is_stub, content_hash, sources";

    private readonly Statement _findKey;
    private readonly Statement _findTitle;
    private readonly Statement _getPaper;
    private readonly Statement _insertPaper;
    private readonly Statement _updatePaper;
    private readonly Statement _insertStub;
    private readonly Statement _addKey;
    private readonly Statement _upsertNode;
    private readonly Statement _addEdge;
    private readonly Statement _upsertLinkEdge;
    private readonly Statement _hasAuthors;
    private readonly Statement _setFtsDeferred;
    private readonly Statement _ftsDelete;
    private readonly Statement _ftsIndex;
    private readonly Statement _deleteLinks;
    private readonly Statement _logIdentity;
    private readonly Statement _clearLineage;
    private readonly Statement _addLineage;
    private readonly Statement _deferLineage;
    private readonly Statement _findOwners;
    private readonly Statement _findTitles;
    private readonly Statement _insertStubs;
    private readonly Statement _addKeys;
    private readonly Statement _addCitations;
    private readonly Statement _addCitationsReturning;
    private readonly Statement _insertAuthors;
    private readonly Statement _addAuthorships;
    private readonly Statement _addAuthorshipsReturning;

    public WriterStatements(SqliteConnection connection)
    {
        _findKey = new Statement(connection, "SELECT paper_id FROM paper_ids WHERE key = ?1");
        // Set-based forms for a whole batch of references: each takes a JSON array of rows (see JsonRows).
        _findOwners = new Statement(connection, "SELECT key, paper_id FROM paper_ids WHERE key IN (SELECT value FROM json_each(?1))");
        _findTitles = new Statement(
            connection, "SELECT title_key, id, ids FROM papers WHERE title_key IN (SELECT value FROM json_each(?1)) ORDER BY title_key, is_stub, pk");
        _insertStubs = new Statement(
            connection,
            "INSERT INTO papers (id, title, title_key, year, ids, is_stub) "
            + "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, 1 FROM json_each(?1) WHERE true ON CONFLICT (id) DO NOTHING");
        _addKeys = new Statement(
            connection,
            "INSERT INTO paper_ids (key, paper_id) SELECT value ->> 0, value ->> 1 FROM json_each(?1) WHERE true ON CONFLICT (key) DO NOTHING "
            + "RETURNING key, paper_id");
        // Each edge insert comes twice: with RETURNING when the writer must learn which papers gained an edge (an
        // otherwise unchanged paper that did was updated), and without when no paper of the batch is in question, as in
        // a load of new papers: then SQLite buffers no returned rows and the writer reads back no string per edge.
        const string InsertCitations =
            "INSERT INTO edges (src, type, dst) SELECT value ->> 0, 'CITES', value ->> 1 FROM json_each(?1) WHERE true ON CONFLICT (src, type, dst) DO NOTHING";
        _addCitations = new Statement(connection, InsertCitations);
        _addCitationsReturning = new Statement(connection, InsertCitations + " RETURNING src");
        _insertAuthors = new Statement(
            connection,
            "INSERT INTO nodes (id, label, name) SELECT value ->> 0, 'Author', value ->> 1 FROM json_each(?1) WHERE true ON CONFLICT (id) DO NOTHING");
        const string InsertAuthorships =
            "INSERT INTO edges (src, type, dst, position) SELECT value ->> 0, 'AUTHORED_BY', value ->> 1, value ->> 2 FROM json_each(?1) WHERE true "
            + "ON CONFLICT (src, type, dst) DO NOTHING";
        _addAuthorships = new Statement(connection, InsertAuthorships);
        _addAuthorshipsReturning = new Statement(connection, InsertAuthorships + " RETURNING src");
        // The relationship types linking writes; json_each keeps the list a bound parameter, not SQL text.
        // Lineage: A -[:BUILDS_ON]-> B when A uses, and A -[:COMPARES_WITH]-> B when A compares with, a method that B
        // (and no other paper) proposes. Recomputed for the papers of each batch, in both directions; a batch paper that
        // proposes a method another paper proposed before makes it ambiguous, so the lineage through that method to the
        // earlier proposer goes too (the third branch; without it the edge outlived the rule).
        // Both statements start from the batch's papers and reach the rest through the (src, …) key and the (dst, type)
        // index, so their cost follows the batch, not the size of the graph.
        _clearLineage = new Statement(
            connection,
            """
            DELETE FROM edges WHERE (src, type, dst) IN (
                SELECT e.src, e.type, e.dst FROM json_each(?1) j JOIN edges e ON e.src = j.value AND e.type IN ('BUILDS_ON', 'COMPARES_WITH') WHERE e.extractor = 'lineage'
                UNION ALL
                SELECT e.src, e.type, e.dst FROM json_each(?1) j JOIN edges e ON e.dst = j.value AND e.type IN ('BUILDS_ON', 'COMPARES_WITH') WHERE e.extractor = 'lineage'
                UNION ALL
                SELECT e.src, e.type, e.dst FROM json_each(?1) j
                    JOIN edges p ON p.src = j.value AND p.type = 'PROPOSES'
                    JOIN edges b ON b.dst = p.dst AND b.type = 'PROPOSES'
                    JOIN edges e ON e.dst = b.src AND e.type IN ('BUILDS_ON', 'COMPARES_WITH')
                    WHERE e.extractor = 'lineage' AND e.props ->> 'method' = p.dst)
            """);
        _addLineage = new Statement(
            connection,
            """
            INSERT OR IGNORE INTO edges (src, type, dst, confidence, evidence, evidence_start, surface, extractor, props)
            SELECT a.src, CASE a.type WHEN 'USES' THEN 'BUILDS_ON' ELSE 'COMPARES_WITH' END, b.src,
                   min(a.confidence, b.confidence), a.evidence, a.evidence_start, a.surface, 'lineage', json_object('method', a.dst)
            FROM (
                SELECT a.src AS asrc, a.type AS atype, a.dst AS method FROM json_each(?1) j
                    JOIN edges a ON a.src = j.value AND a.type IN ('USES', 'COMPARES_WITH') WHERE a.dst LIKE 'method:%'
                UNION
                SELECT a.src, a.type, a.dst FROM json_each(?1) j
                    JOIN edges p ON p.src = j.value AND p.type = 'PROPOSES'
                    JOIN edges a ON a.dst = p.dst AND a.type IN ('USES', 'COMPARES_WITH')
            ) pairs
            JOIN edges a ON a.src = pairs.asrc AND a.type = pairs.atype AND a.dst = pairs.method
            JOIN edges b ON b.dst = pairs.method AND b.type = 'PROPOSES' AND b.src <> a.src
            JOIN papers pb ON pb.id = b.src AND pb.is_stub = 0
            WHERE (SELECT count(*) FROM edges c WHERE c.dst = pairs.method AND c.type = 'PROPOSES') = 1
            """);
        _deferLineage = new Statement(connection, "INSERT OR IGNORE INTO bulk_load_deferred (name, sql) VALUES (?1, NULL)");
        _logIdentity = new Statement(
            connection, "INSERT OR IGNORE INTO identity_log (paper_id, source, decision, other_id, reason) VALUES (?1, ?2, ?3, ?4, ?5)");
        _deleteLinks = new Statement(connection, "DELETE FROM edges WHERE src = ?1 AND type IN (SELECT value FROM json_each(?2))");
        _findTitle = new Statement(connection, "SELECT id, ids FROM papers WHERE title_key = ?1 ORDER BY is_stub, pk LIMIT 16");
        _getPaper = new Statement(connection, $"SELECT {PaperColumns}, pk FROM papers WHERE id = ?1");
        _insertPaper = new Statement(connection, $"INSERT INTO papers ({PaperColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        _updatePaper = new Statement(
            connection,
            "UPDATE papers SET title = ?2, title_key = ?3, abstract = ?4, published = ?5, year = ?6, venue = ?7, ids = ?8, is_stub = ?9, "
            + "content_hash = ?10, sources = ?11 WHERE id = ?1");
        _insertStub = new Statement(
            connection, "INSERT INTO papers (id, title, title_key, year, ids, is_stub) VALUES (?1, ?2, ?3, ?4, ?5, 1) ON CONFLICT (id) DO NOTHING");
        _addKey = new Statement(connection, "INSERT INTO paper_ids (key, paper_id) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING");
        _upsertNode = new Statement(
            connection,
            "INSERT INTO nodes (id, label, name, discovered, props) VALUES (?1, ?2, ?3, ?4, ?5) "
            + "ON CONFLICT (id) DO UPDATE SET props = coalesce(excluded.props, props), discovered = min(discovered, excluded.discovered) "
            + "WHERE (excluded.props IS NOT NULL AND props IS NOT excluded.props) OR excluded.discovered < discovered");
        _addEdge = new Statement(
            connection,
            "INSERT INTO edges (src, type, dst, position, confidence, extractor) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (src, type, dst) DO NOTHING");
        _upsertLinkEdge = new Statement(
            connection,
            "INSERT INTO edges (src, type, dst, confidence, evidence, evidence_start, surface, extractor, props) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            + "ON CONFLICT (src, type, dst) DO UPDATE SET confidence = excluded.confidence, evidence = excluded.evidence, "
            + "evidence_start = excluded.evidence_start, surface = excluded.surface, extractor = excluded.extractor, props = excluded.props "
            + "WHERE confidence IS NOT excluded.confidence OR evidence IS NOT excluded.evidence OR evidence_start IS NOT excluded.evidence_start "
            + "OR surface IS NOT excluded.surface OR extractor IS NOT excluded.extractor OR props IS NOT excluded.props");
        _hasAuthors = new Statement(connection, "SELECT 1 FROM edges WHERE src = ?1 AND type = 'AUTHORED_BY' LIMIT 1");
        _setFtsDeferred = new Statement(connection, "UPDATE fts_sync SET deferred = ?1 WHERE id = 1");
        _ftsDelete = new Statement(connection, "INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', ?1, ?2, ?3)");
        _ftsIndex = new Statement(
            connection,
            "INSERT INTO papers_fts (rowid, title, abstract) SELECT pk, title, abstract FROM papers "
            + "WHERE pk IN (SELECT value FROM json_each(?1)) AND is_stub = 0 ORDER BY pk");
    }

    public string? FindPaperIdByKey(string key)
    {
        _findKey.Bind(1, key);
        var id = _findKey.Read() ? _findKey.GetString(0) : null;
        _findKey.Reset();
        return id;
    }

    /// <summary>The owners of those of the keys (a JSON array) that are registered.</summary>
    public List<(string Key, string PaperId)> FindOwners(JsonRows keys) => ReadPairs(_findOwners.Bind(1, keys.ToUtf8()));

    /// <summary>Papers with any of the title keys (a JSON array), real before stub, oldest first within a title.</summary>
    public List<(string TitleKey, string Id, string IdsJson)> FindByTitleKeys(JsonRows titleKeys)
    {
        var s = _findTitles.Bind(1, titleKeys.ToUtf8());
        var found = new List<(string, string, string)>();
        while (s.Read()) found.Add((s.GetString(0)!, s.GetString(1)!, s.GetString(2)!));
        s.Reset();
        return found;
    }

    /// <summary>Creates stub papers from rows <c>[id, title, titleKey, year, idsJson]</c>; how many were new.</summary>
    public int InsertStubs(JsonRows rows) => _insertStubs.Bind(1, rows.ToUtf8()).Execute();

    /// <summary>Registers keys from rows <c>[key, paperId]</c>; a key already owned keeps its owner. The rows added.</summary>
    public List<(string Key, string PaperId)> AddKeys(JsonRows rows) => ReadPairs(_addKeys.Bind(1, rows.ToUtf8()));

    /// <summary>
    /// Adds CITES edges from rows <c>[src, dst]</c>, once each; how many were new. With <paramref name="citing"/>, the
    /// citing paper of every new edge is added to it; without, the insert returns no rows, which is cheaper.
    /// </summary>
    public int AddCitations(JsonRows rows, ISet<string>? citing) => AddEdges(citing is null ? _addCitations : _addCitationsReturning, rows, citing);

    /// <summary>Creates Author nodes from rows <c>[id, name]</c>; existing ones stay as they are.</summary>
    public void InsertAuthors(JsonRows rows) => _insertAuthors.Bind(1, rows.ToUtf8()).Execute();

    /// <summary>Adds AUTHORED_BY edges from rows <c>[paperId, authorId, position]</c>; with <paramref name="authored"/>, the paper of every edge that is new.</summary>
    public void AddAuthorships(JsonRows rows, ISet<string>? authored) => AddEdges(authored is null ? _addAuthorships : _addAuthorshipsReturning, rows, authored);

    public List<(string Id, string IdsJson)> FindByTitleKey(string titleKey)
    {
        _findTitle.Bind(1, titleKey);
        var found = new List<(string, string)>();
        while (_findTitle.Read()) found.Add((_findTitle.GetString(0)!, _findTitle.GetString(1)!));
        _findTitle.Reset();
        return found;
    }

    public PaperRow? GetPaper(string id)
    {
        var s = _getPaper.Bind(1, id);
        try
        {
            if (!s.Read()) return null;
            return new PaperRow(
                s.GetString(0)!, s.GetString(1)!, s.GetString(2)!, s.GetString(3), s.GetString(4), (int?)s.GetInt64(5), s.GetString(6),
                s.GetString(7)!, s.GetInt64(8) != 0, s.GetString(9), s.GetString(10)!, s.GetInt64(11)!.Value);
        }
        finally
        {
            s.Reset();
        }
    }

    /// <summary>Inserts a paper; its rowid.</summary>
    public long InsertPaper(PaperRow row)
    {
        BindPaper(_insertPaper, row).Execute();
        return _insertPaper.LastInsertRowId;
    }

    public void UpdatePaper(PaperRow row) => BindPaper(_updatePaper, row).Execute();

    /// <summary>Creates a stub paper; false when a paper with that id already exists.</summary>
    public bool InsertStub(string id, string title, string titleKey, int? year, string idsJson) =>
        _insertStub.Bind(1, id).Bind(2, title).Bind(3, titleKey).Bind(4, year).Bind(5, idsJson).Execute() == 1;

    /// <summary>Registers an external id key; a key already owned by a paper keeps its owner. True when added.</summary>
    public bool AddKey(string key, string paperId) => _addKey.Bind(1, key).Bind(2, paperId).Execute() == 1;

    /// <summary>Creates a node or refreshes its properties; true when a row was written.</summary>
    public bool UpsertNode(string id, string label, string name, bool discovered, string? propsJson) =>
        _upsertNode.Bind(1, id).Bind(2, label).Bind(3, name).Bind(4, discovered ? 1 : 0).Bind(5, propsJson).Execute() == 1;

    /// <summary>Adds an edge once; true when it is new.</summary>
    public bool AddEdge(string src, string type, string dst, int? position = null, double? confidence = null, string? extractor = null) =>
        _addEdge.Bind(1, src).Bind(2, type).Bind(3, dst).Bind(4, position).Bind(5, confidence).Bind(6, extractor).Execute() == 1;

    /// <summary>Adds an extracted edge or refreshes its evidence; true when a row was written.</summary>
    public bool UpsertLinkEdge(
        string src, string type, string dst, double confidence, string? evidence, int evidenceStart, string? surface, string? extractor, string? propsJson) =>
        _upsertLinkEdge.Bind(1, src).Bind(2, type).Bind(3, dst).Bind(4, confidence).Bind(5, evidence).Bind(6, evidenceStart)
            .Bind(7, surface).Bind(8, extractor).Bind(9, propsJson).Execute() == 1;

    /// <summary>Removes a paper's extracted links of the given types (a JSON array of graph names); how many were removed.</summary>
    public int DeleteLinks(string paperId, string typesJson) => _deleteLinks.Bind(1, paperId).Bind(2, typesJson).Execute();

    /// <summary>Recomputes the BUILDS_ON / COMPARES_WITH lineage edges from and to the given papers (a JSON array of ids).</summary>
    public void RefreshLineage(string paperIdsJson)
    {
        _clearLineage.Bind(1, paperIdsJson).Execute();
        _addLineage.Bind(1, paperIdsJson).Execute();
    }

    /// <summary>
    /// Records, in the batch's own transaction, that a bulk load wrote links whose lineage is derived when it ends: a
    /// load that dies after this batch committed has its lineage derived by whichever store finishes it.
    /// </summary>
    public void DeferLineage() => _deferLineage.Bind(1, BulkLoad.Lineage).Execute();

    /// <summary>Records an identity decision (merged / kept-apart) for <c>kg show</c>.</summary>
    public void LogIdentity(string paperId, string source, string decision, string otherId, string reason) =>
        _logIdentity.Bind(1, paperId).Bind(2, source).Bind(3, decision).Bind(4, otherId).Bind(5, reason).Execute();

    public bool HasAuthors(string paperId)
    {
        _hasAuthors.Bind(1, paperId);
        var any = _hasAuthors.Read();
        _hasAuthors.Reset();
        return any;
    }

    /// <summary>While deferred, the papers triggers leave the full-text index to <see cref="IndexFullText"/>.</summary>
    public void SetFullTextDeferred(bool deferred) => _setFtsDeferred.Bind(1, deferred ? 1 : 0).Execute();

    /// <summary>Removes a row's indexed content; the values must be exactly those that were indexed.</summary>
    public void UnindexFullText(long pk, string title, string? abstractText) => _ftsDelete.Bind(1, pk).Bind(2, title).Bind(3, abstractText).Execute();

    /// <summary>Indexes the current content of the given non-stub rows in one statement, in rowid order.</summary>
    public void IndexFullText(IReadOnlyCollection<long> pks)
    {
        if (pks.Count == 0) return;
        _ftsIndex.Bind(1, "[" + string.Join(',', pks.Order()) + "]").Execute();
    }

    public void Dispose()
    {
        foreach (var statement in new[]
        {
            _findKey, _findTitle, _getPaper, _insertPaper, _updatePaper, _insertStub, _addKey, _upsertNode, _addEdge, _upsertLinkEdge,
            _hasAuthors, _setFtsDeferred, _ftsDelete, _ftsIndex, _deleteLinks, _logIdentity, _clearLineage, _addLineage, _deferLineage,
            _findOwners, _findTitles, _insertStubs, _addKeys, _addCitations, _addCitationsReturning, _insertAuthors, _addAuthorships,
            _addAuthorshipsReturning,
        })
        {
            statement.Dispose();
        }
    }

    /// <summary>Runs an edge insert; the rows it added, and (a RETURNING form) their sources into <paramref name="sources"/>.</summary>
    private static int AddEdges(Statement s, JsonRows rows, ISet<string>? sources)
    {
        s.Bind(1, rows.ToUtf8());
        if (sources is null) return s.Execute();
        var added = 0;
        while (s.Read())
        {
            sources.Add(s.GetString(0)!);
            added++;
        }
        s.Reset();
        return added;
    }

    private static List<(string, string)> ReadPairs(Statement s)
    {
        var pairs = new List<(string, string)>();
        while (s.Read()) pairs.Add((s.GetString(0)!, s.GetString(1)!));
        s.Reset();
        return pairs;
    }

    private static Statement BindPaper(Statement statement, PaperRow row) => statement
        .Bind(1, row.Id).Bind(2, row.Title).Bind(3, row.TitleKey).Bind(4, row.Abstract).Bind(5, row.Published).Bind(6, row.Year)
        .Bind(7, row.Venue).Bind(8, row.IdsJson).Bind(9, row.IsStub ? 1 : 0).Bind(10, row.ContentHash).Bind(11, row.SourcesJson);
}
