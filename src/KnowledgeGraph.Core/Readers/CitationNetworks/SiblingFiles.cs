using KnowledgeGraph.Core.Readers.Common;

namespace KnowledgeGraph.Core.Readers.CitationNetworks;

/// <summary>
/// Finds and opens the companion files of a multi-file dataset (<c>titles.csv</c> next to <c>ids.csv</c>),
/// plain or gzip-compressed, and reads them line by line.
/// </summary>
internal static class SiblingFiles
{
    /// <summary>The path of <paramref name="name"/> or <paramref name="name"/><c>.gz</c> in <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder, string name)
    {
        foreach (var candidate in new[] { name, name + ".gz" })
        {
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>The folder a source name sits in (the working directory for a bare name).</summary>
    public static string FolderOf(string sourceName) =>
        Path.GetDirectoryName(Path.GetFullPath(sourceName)) ?? Directory.GetCurrentDirectory();

    /// <summary>The file name without <c>.gz</c> and without its last extension: <c>arxiv-cit-hep-th.jlg.gz</c> → <c>arxiv-cit-hep-th</c>.</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) name = name[..^3];
        return Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>Opens a file for reading, decompressing it when it starts with the gzip magic bytes.</summary>
    public static StreamReader OpenText(string path)
    {
        return new StreamReader(CompressedFile.OpenRead(path), TextDecoding.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: false);
    }

    /// <summary>
    /// One CSV field on a line: surrounding quotes removed and doubled quotes unescaped
    /// (<c>"Quo Vadis, Action Recognition?"</c> → <c>Quo Vadis, Action Recognition?</c>). Fields spanning lines are not supported.
    /// </summary>
    public static string SingleField(string line)
    {
        var s = line.TrimEnd('\r');
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"') return s[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        return s;
    }
}
