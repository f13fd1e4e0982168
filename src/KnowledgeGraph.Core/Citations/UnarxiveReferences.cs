using System.Text.Json;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Identity;
using KnowledgeGraph.Core.Readers.Common;

namespace KnowledgeGraph.Core.Citations;

/// <summary>Reads the bibliography entries of an unarXive JSON Lines file (one full-text paper per line; gzip allowed).</summary>
public static class UnarxiveReferences
{
    /// <summary>Every <c>bib_entries</c> value of every paper, in file order; lines that are not JSON objects are skipped.</summary>
    public static async Task<List<GoldReference>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var entries = new List<GoldReference>();
        await using var stream = CompressedFile.OpenRead(path);
        await foreach (var line in JsonLines.ReadAsync(stream, cancellationToken))
        {
            if (line.Error is not null || line.Element.ValueKind != JsonValueKind.Object) continue;
            var paper = line.Element;
            var citing = paper.Str("paper_id") ?? string.Empty;
            if (paper.Prop("bib_entries") is not { ValueKind: JsonValueKind.Object } bib) continue;
            foreach (var entry in bib.EnumerateObject())
            {
                var e = entry.Value;
                var ids = e.Prop("ids");
                entries.Add(new GoldReference(
                    citing,
                    entry.Name,
                    e.Str("bib_entry_raw") ?? string.Empty,
                    IdNormalizer.OpenAlex(ids?.Str("open_alex_id")),
                    IdNormalizer.Doi(ids?.Str("doi")),
                    IdNormalizer.Arxiv(ids?.Str("arxiv_id")),
                    e.Items("contained_arXiv_ids").Select(a => IdNormalizer.Arxiv(a.Str("id"))).OfType<string>().Distinct().ToList(),
                    e.Items("contained_links").Select(l => l.Str("url")).Where(u => u is not null && u.Contains("doi.org/", StringComparison.OrdinalIgnoreCase))
                        .Select(IdNormalizer.Doi).OfType<string>().Distinct().ToList()));
            }
        }
        return entries;
    }
}
