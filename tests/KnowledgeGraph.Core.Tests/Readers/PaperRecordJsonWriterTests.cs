using System.Text.Json;
using KnowledgeGraph.Core.Readers.Jsonl;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Tests.Readers;

public class PaperRecordJsonWriterTests
{
    [Theory]
    [InlineData("jsonl", "mixed-lines.jsonl")]
    [InlineData("jsonl", "trending-30.jsonl")]
    public async Task ToJsonLine_RecordsReadBack_RoundTripUnchanged(string folder, string file)
    {
        var originals = (await TestData.ReadAsync(new PaperJsonlReader(), folder, file)).Records();
        var text = string.Join('\n', originals.Select(PaperRecordJsonWriter.ToJsonLine));

        var again = (await TestData.CollectAsync(new PaperJsonlReader().ReadAsync(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "again.jsonl", CancellationToken.None))).Records();

        Assert.Equal(originals.Count, again.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            Assert.Equal(Comparable(originals[i]), Comparable(again[i]));
        }
    }

    [Fact]
    public async Task ToJsonLine_ArxivRecord_WritesOneLineWithIdFirst()
    {
        var record = (await TestData.ReadAsync(new Core.Readers.Arxiv.ArxivAtomReader(), "arxiv", "legacy-1111.2011v2.xml")).Records()[0];

        var line = PaperRecordJsonWriter.ToJsonLine(record);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("{\"id\":\"doi:10.1103/physrevb.85.115117\",\"title\":", line);
        using var doc = JsonDocument.Parse(line);
        Assert.Equal("1111.2011", doc.RootElement.GetProperty("arxivId").GetString());
    }

    [Fact]
    public void Schema_WriterPropertyNames_AreAllDeclared()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestData.Path("schema", "paper-record.schema.json")));
        var declared = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var record = new PaperRecord
        {
            Title = "t", Abstract = "a", Authors = ["x"], Published = "2020", Year = 2020, Venue = "v", IsPartial = true,
            Ids = new Model.ExternalIds { Doi = "10.1/x", ArxivId = "2001.00001", OpenAlexId = "W1", SemanticScholarId = new string('a', 40), CorpusId = "1", Other = new Dictionary<string, string> { ["acl"] = "P1" } },
            Categories = ["c"], References = [new PaperReference { Title = "r" }], Source = new SourceLocation("f", "paper-jsonl"),
        };

        using var line = JsonDocument.Parse(PaperRecordJsonWriter.ToJsonLine(record));

        Assert.All(line.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, declared));
    }

    private static string Comparable(PaperRecord r) =>
        PaperRecordJsonWriter.ToJsonLine(r) + "|" + string.Join(",", r.Ids.Keys()) + "|" + r.IsPartial;
}
