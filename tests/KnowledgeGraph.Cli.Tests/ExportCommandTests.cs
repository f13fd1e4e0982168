using System.Xml;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.VisualBasic.FileIO;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Each export of the ingested trending sample, parsed back and compared with the store's own counts.</summary>
public sealed class ExportCommandTests : IClassFixture<ExportCommandTests.IngestedSample>
{
    private readonly IngestedSample _sample;

    public ExportCommandTests(IngestedSample sample) => _sample = sample;

    [Fact]
    public async Task Export_GraphMl_ParsesBackToEveryNodeAndRelationshipOfTheStore()
    {
        var file = _sample.Folder.File("graph.graphml");

        var result = await KgProcess.RunAsync(_sample.Folder.Path, "export", "--format", "graphml", "--out", file, "--db", _sample.Db);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var labels = new Dictionary<string, long>();
        var types = new Dictionary<string, long>();
        var evidence = 0;
        using (var reader = XmlReader.Create(file))
        {
            string? element = null;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.LocalName is "node" or "edge") element = reader.LocalName;
                if (reader.LocalName != "data") continue;
                var key = reader.GetAttribute("key");
                var value = reader.ReadElementContentAsString();
                if (element == "node" && key == "n_labels") Count(labels, value.TrimStart(':'));
                if (element == "edge" && key == "e_label") Count(types, value);
                if (key == "e_evidence" && value.Length > 0) evidence++;
            }
        }
        await AssertSameCountsAsync(labels, types);
        Assert.True(evidence > 0, "relationships carry their evidence");
    }

    [Fact]
    public async Task Export_Neo4jCsv_HeadersForNeo4jAdminAndEveryRowParses()
    {
        var folder = _sample.Folder.File("csv");

        var result = await KgProcess.RunAsync(_sample.Folder.Path, "export", "--format", "neo4j-csv", "--out", folder, "--db", _sample.Db);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("neo4j-admin database import full", result.StdOut);
        var labels = new Dictionary<string, long>();
        var types = new Dictionary<string, long>();
        foreach (var path in Directory.GetFiles(folder, "*.csv"))
        {
            var rows = ReadCsv(path);
            var header = rows[0];
            if (Path.GetFileName(path).StartsWith("nodes-", StringComparison.Ordinal))
            {
                Assert.Equal(["id:ID(KG)", ":LABEL"], header[..2]);
                foreach (var row in rows.Skip(1)) Count(labels, row[1]);
            }
            else
            {
                Assert.Equal([":START_ID(KG)", ":END_ID(KG)", ":TYPE"], header[..3]);
                Assert.Contains("confidence:double", header);
                Assert.Contains("evidence", header);
                foreach (var row in rows.Skip(1)) Count(types, row[2]);
            }
            Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        }
        Assert.Contains("ids:string[]", ReadCsv(Path.Combine(folder, "nodes-Paper.csv"))[0]);
        await AssertSameCountsAsync(labels, types);
    }

    [Fact]
    public async Task Export_Cypher_OneIdempotentStatementPerNodeAndRelationship()
    {
        var file = _sample.Folder.File("graph.cypher");

        var result = await KgProcess.RunAsync(_sample.Folder.Path, "export", "--format", "cypher", "--out", file, "--db", _sample.Db);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = await File.ReadAllLinesAsync(file);
        var labels = new Dictionary<string, long>();
        var types = new Dictionary<string, long>();
        foreach (var line in lines)
        {
            if (line.StartsWith("MERGE (n:", StringComparison.Ordinal)) Count(labels, line["MERGE (n:".Length..line.IndexOf(' ', 9)]);
            var at = line.IndexOf("MERGE (a)-[r:", StringComparison.Ordinal);
            if (at >= 0) Count(types, line[(at + "MERGE (a)-[r:".Length)..line.IndexOf(']', at)]);
        }
        Assert.Equal(Enum.GetValues<NodeLabel>().Length, lines.Count(l => l.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) && l.Contains("IF NOT EXISTS", StringComparison.Ordinal)));
        Assert.Equal(lines.Count(l => l == ":begin"), lines.Count(l => l == ":commit"));
        Assert.Contains(lines, l => l.StartsWith("MERGE (n:Paper {id: '", StringComparison.Ordinal) && l.Contains("`isStub`: false", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[r:EVALUATES_ON]", StringComparison.Ordinal) && l.Contains("`confidence`: 0.", StringComparison.Ordinal) && l.Contains("`evidence`: '", StringComparison.Ordinal));
        await AssertSameCountsAsync(labels, types);
    }

    private async Task AssertSameCountsAsync(Dictionary<string, long> labels, Dictionary<string, long> types)
    {
        await using var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = _sample.Db });
        var stats = await store.GetStatsAsync();
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var expected = stats.Nodes.GetValueOrDefault(label) + (label == NodeLabel.Paper ? stats.StubPapers : 0);
            Assert.True(expected == labels.GetValueOrDefault(label.ToString()), $"{label}: store {expected}, export {labels.GetValueOrDefault(label.ToString())}");
        }
        foreach (var type in Enum.GetValues<RelationshipType>())
        {
            Assert.True(stats.Relationships.GetValueOrDefault(type) == types.GetValueOrDefault(type.ToGraphName()), $"{type.ToGraphName()}: store {stats.Relationships.GetValueOrDefault(type)}, export {types.GetValueOrDefault(type.ToGraphName())}");
        }
        Assert.True(labels.GetValueOrDefault("Method") > 0 && types.GetValueOrDefault("USES") > 0, "the sample links papers to methods");
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    private static void Count(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>The trending sample ingested (and analyzed, so analytics properties and RELATED_TO are exported too) once for the class.</summary>
    public sealed class IngestedSample : IAsyncLifetime, IDisposable
    {
        internal TempFolder Folder { get; } = new();

        public string Db => Folder.File("kg.db");

        public async Task InitializeAsync()
        {
            var sample = Path.Combine(AppContext.BaseDirectory, "samples", "trending-papers-page.txt");
            var ingest = await KgProcess.RunAsync(Folder.Path, "ingest", sample, "--db", Db);
            Assert.True(ingest.ExitCode == 0, ingest.StdErr);
            var analyze = await KgProcess.RunAsync(Folder.Path, "analyze", "--db", Db);
            Assert.True(analyze.ExitCode == 0, analyze.StdErr);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();
    }
}
