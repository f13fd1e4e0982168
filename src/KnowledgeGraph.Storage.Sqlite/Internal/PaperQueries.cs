using System.Text.Json;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>The read side: every query the store answers, each on a connection the caller owns.</summary>
internal static class PaperQueries
{
    internal const string Columns = "p.id, p.title, p.abstract, p.published, p.year, p.venue, p.ids, p.is_stub, p.sources";
    private static readonly string Cites = RelationshipType.Cites.ToGraphName();
    private static readonly string AuthoredBy = RelationshipType.AuthoredBy.ToGraphName();

    /// <summary>The paper id for an id, a <c>scheme:value</c> key, or a bare DOI / arXiv / OpenAlex / S2 id.</summary>
    public static string? ResolveId(SqliteConnection connection, string text)
    {
        var input = text.Trim();
        if (input.Length == 0) return null;
        if (Scalar(connection, "SELECT id FROM papers WHERE id = $v", input) is string id) return id;
        foreach (var key in ExternalIdKeys.CandidateKeys(input))
        {
            if (Scalar(connection, "SELECT paper_id FROM paper_ids WHERE key = $v", key) is string owner) return owner;
            if (Scalar(connection, "SELECT id FROM papers WHERE id = $v", key) is string direct) return direct;
        }
        return null;
    }

    public static PaperDetails? GetDetails(SqliteConnection connection, string id)
    {
        var paper = Papers(connection, $"SELECT {Columns} FROM papers p WHERE p.id = $v", id).FirstOrDefault();
        if (paper is null) return null;

        var authors = new List<string>();
        using (var command = Command(connection, "SELECT n.name FROM edges e JOIN nodes n ON n.id = e.dst WHERE e.src = $v AND e.type = $t ORDER BY e.position", id, AuthoredBy))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) authors.Add(reader.GetString(0));
        }

        var links = new List<StoredLink>();
        using (var command = Command(
            connection,
            "SELECT e.type, n.label, n.id, n.name, e.surface, e.evidence, e.confidence, e.extractor FROM edges e JOIN nodes n ON n.id = e.dst "
            + "WHERE e.src = $v AND e.type <> $t ORDER BY e.type, e.confidence DESC, n.name",
            id,
            AuthoredBy))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!RelationshipTypeNames.TryParse(reader.GetString(0), out var type) || !Enum.TryParse<NodeLabel>(reader.GetString(1), out var label)) continue;
                links.Add(new StoredLink(
                    type, label, reader.GetString(2), reader.GetString(3), NullableString(reader, 4), NullableString(reader, 5),
                    reader.IsDBNull(6) ? null : reader.GetDouble(6), NullableString(reader, 7)));
            }
        }

        var references = Papers(
            connection, $"SELECT {Columns} FROM edges e JOIN papers p ON p.id = e.dst WHERE e.src = $v AND e.type = $t ORDER BY p.is_stub, p.year DESC, p.title", id, Cites);
        var citedBy = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM edges WHERE dst = $v AND type = $t", id, Cites), System.Globalization.CultureInfo.InvariantCulture);
        var lineage = new List<LineageLink>();
        using (var command = Command(
            connection,
            "SELECT e.type, p.id, p.title, json_extract(e.props, '$.method'), e.evidence FROM edges e JOIN papers p ON p.id = e.dst "
            + "WHERE e.src = $v AND e.extractor = 'lineage' ORDER BY e.type, p.title",
            id))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!RelationshipTypeNames.TryParse(reader.GetString(0), out var type)) continue;
                lineage.Add(new LineageLink(type, reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4)));
            }
        }

        var identity = new List<IdentityDecision>();
        using (var command = Command(connection, "SELECT decision, source, other_id, reason FROM identity_log WHERE paper_id = $v ORDER BY decision DESC, source", id))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) identity.Add(new IdentityDecision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }
        return new PaperDetails { Paper = paper, Authors = authors, Links = links, References = references, CitedByCount = citedBy, Identity = identity, Lineage = lineage };
    }

    public static IReadOnlyList<PaperNode> Find(SqliteConnection connection, string text, int limit)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        if (ResolveId(connection, text) is { } id) return Papers(connection, $"SELECT {Columns} FROM papers p WHERE p.id = $v", id);

        var byTitle = Papers(
            connection, $"SELECT {Columns} FROM papers p WHERE p.title_key = $v ORDER BY p.is_stub, p.pk LIMIT $n", PaperIdentity.TitleKey(text), n: limit);
        if (byTitle.Count > 0) return byTitle;

        var match = FtsQuery.AllWordsLastPrefix(text);
        if (match is null) return [];
        return Papers(
            connection,
            $"SELECT {Columns} FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH $v ORDER BY bm25(papers_fts, 10.0, 1.0) LIMIT $n",
            "{title} : (" + match + ")",
            n: limit);
    }

    public static IReadOnlyList<SearchHit> Search(SqliteConnection connection, string text, int top)
    {
        var match = FtsQuery.AllWords(text);
        if (match is null || top <= 0) return [];
        using var command = Command(
            connection,
            $"SELECT {Columns}, bm25(papers_fts, 10.0, 1.0) AS rank, snippet(papers_fts, -1, '[', ']', '…', 16) "
            + "FROM papers_fts f JOIN papers p ON p.pk = f.rowid WHERE papers_fts MATCH $v ORDER BY rank LIMIT $n",
            match,
            n: top);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read()) hits.Add(new SearchHit(ReadPaper(reader), -reader.GetDouble(9), reader.GetString(10)));
        return hits;
    }

    public static GraphStats Stats(SqliteConnection connection)
    {
        var nodes = Enum.GetValues<NodeLabel>().ToDictionary(l => l, _ => 0L);
        var relationships = RelationshipTypeNames.All.ToDictionary(t => t, _ => 0L);
        long stubs = 0;
        using (var command = Command(connection, "SELECT is_stub, count(*) FROM papers GROUP BY is_stub"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (reader.GetInt64(0) == 0) nodes[NodeLabel.Paper] = reader.GetInt64(1);
                else stubs = reader.GetInt64(1);
            }
        }
        using (var command = Command(connection, "SELECT label, count(*) FROM nodes GROUP BY label"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (Enum.TryParse<NodeLabel>(reader.GetString(0), out var label)) nodes[label] = reader.GetInt64(1);
            }
        }
        using (var command = Command(connection, "SELECT type, count(*) FROM edges GROUP BY type"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (RelationshipTypeNames.TryParse(reader.GetString(0), out var type)) relationships[type] = reader.GetInt64(1);
            }
        }
        return new GraphStats(nodes, relationships, stubs);
    }

    private static List<PaperNode> Papers(SqliteConnection connection, string sql, object? v = null, object? t = null, object? n = null)
    {
        using var command = Command(connection, sql, v, t, n);
        using var reader = command.ExecuteReader();
        var papers = new List<PaperNode>();
        while (reader.Read()) papers.Add(ReadPaper(reader));
        return papers;
    }

    internal static PaperNode ReadPaper(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Title = reader.GetString(1),
        Abstract = NullableString(reader, 2),
        Published = NullableString(reader, 3),
        Year = reader.IsDBNull(4) ? null : reader.GetInt32(4),
        Venue = NullableString(reader, 5),
        Ids = ExternalIdsCodec.FromJson(reader.GetString(6)),
        IsStub = reader.GetInt64(7) != 0,
        Sources = JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? [],
    };

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static object? Scalar(SqliteConnection connection, string sql, object? v = null, object? t = null)
    {
        using var command = Command(connection, sql, v, t);
        return command.ExecuteScalar();
    }

    /// <summary>A parameterized command: <c>$v</c> is the value looked for, <c>$t</c> an edge type, <c>$n</c> a row limit.</summary>
    private static SqliteCommand Command(SqliteConnection connection, string sql, object? v = null, object? t = null, object? n = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (v is not null) command.Parameters.AddWithValue("$v", v);
        if (t is not null) command.Parameters.AddWithValue("$t", t);
        if (n is not null) command.Parameters.AddWithValue("$n", n);
        return command;
    }
}
