using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Analytics.Datasets;

namespace KnowledgeGraph.Analytics.Tests.Datasets;

public class Arxiv2023DatasetTests
{
    [Fact]
    public void ReadColumn_HandlesQuotesCommasAndLineBreaks()
    {
        var path = Path.Combine(Path.GetTempPath(), $"titles-{Guid.NewGuid():N}.csv.gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gz.Write(Encoding.UTF8.GetBytes("titles\nPlain title\n\"Commas, and \"\"quotes\"\"\"\n\"Two\nlines\"\n"));
            }

            var values = Arxiv2023Dataset.ReadColumn(path);

            Assert.Equal(["Plain title", "Commas, and \"quotes\"", "Two\nlines"], values);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("2304.07638", 2023)]
    [InlineData("1706.03762", 2017)]
    [InlineData("65729", null)]
    public void YearOf_ReadsTheArxivPrefix(string id, int? year) => Assert.Equal(year, Arxiv2023Dataset.YearOf(id));
}
