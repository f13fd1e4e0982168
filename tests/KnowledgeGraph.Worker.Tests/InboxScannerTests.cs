using KnowledgeGraph.Worker.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Worker.Tests;

public class InboxScannerTests
{
    [Theory]
    [InlineData("papers.jsonl", true)]
    [InlineData("feed.xml.gz", true)]
    [InlineData(".papers.jsonl", false)]
    [InlineData("papers.jsonl.tmp", false)]
    [InlineData("papers.jsonl.part", false)]
    [InlineData("papers.jsonl.error.txt", false)]
    public void IsCandidateName_IncompleteOrOwnFiles_AreNeverTaken(string name, bool expected) =>
        Assert.Equal(expected, InboxScanner.IsCandidateName(name));

    [Fact]
    public void Scan_FileStillChanging_IsTakenOnlyAfterItStaysUnchangedForStableFor()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-scanner-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var inbox = new InboxFolder(folder, Path.Combine(folder, "processed"), Path.Combine(folder, "quarantine"));
            var time = new FakeTimeProvider();
            var scanner = new InboxScanner(time, TimeSpan.FromSeconds(2));
            var file = Path.Combine(folder, "papers.jsonl");
            File.WriteAllText(file, "{\"title\": \"A\"}\n");

            var first = scanner.Scan([inbox]);
            time.Advance(TimeSpan.FromSeconds(3));
            File.AppendAllText(file, "{\"title\": \"B\"}\n"); // still being written
            var whileGrowing = scanner.Scan([inbox]);
            var pending = scanner.HasPending;
            time.Advance(TimeSpan.FromSeconds(3));
            var settled = scanner.Scan([inbox]);

            Assert.Empty(first);
            Assert.Empty(whileGrowing);
            Assert.True(pending);
            Assert.Equal(file, Assert.Single(settled).Path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
