using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Analytics.Graph;

namespace KnowledgeGraph.Analytics.Tests.Graph;

public class EdgeListReaderTests
{
    [Fact]
    public void Read_CsvWithHeader_SkipsHeaderAndKeepsDenseIds()
    {
        var list = Read("source,target\n0,2\n2,1\n", false);

        Assert.Equal(3, list.NodeCount);
        Assert.Equal([0, 2], list.Sources.ToArray());
        Assert.Equal([2, 1], list.Targets.ToArray());
    }

    [Fact]
    public void Read_JlgHeader_IsOneBasedWithHeaderVertexCount()
    {
        var list = Read("5,2,d,graph,2,Int64,simplegraph\n1,2\n3,1\n", true);

        Assert.Equal(5, list.NodeCount);
        Assert.Equal([0, 2], list.Sources.ToArray());
        Assert.Equal([1, 0], list.Targets.ToArray());
    }

    [Fact]
    public void Read_SparseIds_AreRenumberedInOrderOfAppearance()
    {
        var list = Read("# comment\n35\t1033\n1033 9000000\r\n", false);

        Assert.Equal(3, list.NodeCount);
        Assert.Equal([0, 1], list.Sources.ToArray());
        Assert.Equal([1, 2], list.Targets.ToArray());
    }

    [Fact]
    public void Read_GzipFile_IsDetectedByMagicBytes()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                gz.Write("0 1\n1 2\n"u8);
            }

            var list = EdgeListReader.Read(path);

            Assert.Equal(2, list.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static EdgeList Read(string text, bool jlg) => EdgeListReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), jlg);
}
