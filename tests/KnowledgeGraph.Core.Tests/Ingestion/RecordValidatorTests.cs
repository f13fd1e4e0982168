using KnowledgeGraph.Core.Ingestion;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Tests.Ingestion;

public class RecordValidatorTests
{
    private static readonly SourceLocation Location = new("test.jsonl", "paper-jsonl", 1, 1);

    [Fact]
    public void Validate_PartialRecordWithIdsAndNoTitle_IsFine()
    {
        var record = new PaperRecord { Title = "", IsPartial = true, Ids = new ExternalIds { CorpusId = "1" }, Source = Location };

        Assert.Null(RecordValidator.Validate(record));
    }

    [Fact]
    public void Validate_PartialRecordWithoutIds_IsRejected()
    {
        var record = new PaperRecord { Title = "", IsPartial = true, Abstract = "text", Source = Location };

        Assert.Equal("partial record has no ids to merge it by", RecordValidator.Validate(record));
    }

    [Fact]
    public void Validate_FullRecordWithoutTitle_IsRejected()
    {
        var record = new PaperRecord { Title = " ", Ids = new ExternalIds { CorpusId = "1" }, Source = Location };

        Assert.Equal("record has no title", RecordValidator.Validate(record));
    }
}
