using System.IO.Compression;

namespace KnowledgeGraph.Core.Readers;

/// <summary>Opens data files the same way everywhere: sequential reads, gzip decompressed when the magic bytes say so.</summary>
public static class CompressedFile
{
    /// <summary>
    /// A read stream over <paramref name="path"/>, decompressed when the file starts with the gzip magic bytes
    /// (whatever its name). The handle is synchronous on purpose: on Linux an "asynchronous" file handle sends every
    /// read through the thread pool, which costs more than the read itself for sequential scans.
    /// </summary>
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            var n = file.Read(magic);
            file.Position = 0;
            return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
