using System.Globalization;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Readers.CitationNetworks;

/// <summary>
/// The SNAP arXiv id map next to a cit-HepTh/HepPh edge list (<c>arxiv-cit-hep-th-ids.csv</c>). Its header says
/// <c>"NODE_ID","ARTICLE_ID"</c> but column 1 is the arXiv number with leading zeros dropped (<c>201143</c>) and
/// column 2 the vertex index; the archive (<c>hep-th</c>) comes from the file name, giving <c>hep-th/0201143</c>.
/// </summary>
internal sealed class SnapIdMap
{
    private readonly Dictionary<string, string> _arxivByVertex;

    private SnapIdMap(Dictionary<string, string> arxivByVertex)
    {
        _arxivByVertex = arxivByVertex;
    }

    public int Count => _arxivByVertex.Count;

    /// <summary>The ids of a vertex, or null when the map does not know it.</summary>
    public ExternalIds? Lookup(string vertex) =>
        _arxivByVertex.TryGetValue(vertex, out var arxiv) ? new ExternalIds { ArxivId = arxiv } : null;

    /// <summary>Loads <c>&lt;stem&gt;-ids.csv</c> next to <paramref name="edgeListPath"/> when the stem names an arXiv archive (<c>…cit-hep-th</c>).</summary>
    public static SnapIdMap? TryLoadNextTo(string edgeListPath)
    {
        var stem = SiblingFiles.Stem(edgeListPath);
        var cit = stem.LastIndexOf("cit-", StringComparison.OrdinalIgnoreCase);
        if (cit < 0) return null;
        var archive = stem[(cit + 4)..].ToLowerInvariant();
        var path = SiblingFiles.Find(SiblingFiles.FolderOf(edgeListPath), stem + "-ids.csv");
        if (path is null || IdNormalizer.Arxiv(archive + "/0201001") is null) return null;

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            Load(path, archive, map);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            return null; // an unreadable map leaves the vertices keyed by dataset, as without a map
        }
        return map.Count == 0 ? null : new SnapIdMap(map);
    }

    private static void Load(string path, string archive, Dictionary<string, string> map)
    {
        using var reader = SiblingFiles.OpenText(path);
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',');
            if (comma < 0 || !long.TryParse(line.AsSpan(0, comma), out var number) || !long.TryParse(line.AsSpan(comma + 1), out var vertex)) continue;
            if (IdNormalizer.Arxiv(archive + "/" + number.ToString("D7", CultureInfo.InvariantCulture)) is { } arxiv)
            {
                map[vertex.ToString(CultureInfo.InvariantCulture)] = arxiv;
            }
        }
    }
}
