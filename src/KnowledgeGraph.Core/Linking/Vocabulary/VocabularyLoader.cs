using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// Reads vocabulary files. TSV: <c>canonical TAB kind TAB parent TAB aliases('|'-separated) [TAB source]</c>, lines
/// starting with <c>#</c> are comments. JSON: an array of objects with <c>canonical</c>, <c>kind</c>, optional
/// <c>parent</c> and <c>aliases</c>. A folder loads every <c>*.tsv</c> and <c>*.json</c> in it, in name order.
/// </summary>
public static class VocabularyLoader
{
    public static IEnumerable<VocabularyEntry> LoadPath(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var entry in LoadFile(file)) yield return entry;
            }
            yield break;
        }
        if (!File.Exists(path)) throw new FileNotFoundException($"vocabulary file or folder not found: {path}", path);
        foreach (var entry in LoadFile(path)) yield return entry;
    }

    public static IEnumerable<VocabularyEntry> LoadFile(string file) =>
        file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(File.ReadAllText(file), file) : ParseTsv(File.ReadLines(file), file);

    public static IEnumerable<VocabularyEntry> ParseTsv(IEnumerable<string> lines, string source)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var cols = line.Split('\t');
            if (cols.Length < 2) throw new FormatException($"{source}:{lineNumber}: expected at least 'canonical<TAB>kind'");
            yield return Create(cols[0], cols[1], cols.Length > 2 ? cols[2] : null, cols.Length > 3 ? cols[3].Split('|') : [], source, lineNumber);
        }
    }

    public static IEnumerable<VocabularyEntry> ParseJson(string json, string source)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var result = new List<VocabularyEntry>();
        var index = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            index++;
            var aliases = item.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
                : [];
            result.Add(Create(
                Text(item, "canonical") ?? throw new FormatException($"{source}: item {index} has no 'canonical'"),
                Text(item, "kind") ?? throw new FormatException($"{source}: item {index} has no 'kind'"),
                Text(item, "parent"), aliases, source, index));
        }
        return result;
    }

    public static NodeLabel ParseKind(string kind) => kind.Trim().ToLowerInvariant() switch
    {
        "method" or "methods" or "model" => NodeLabel.Method,
        "dataset" or "datasets" or "benchmark" => NodeLabel.Dataset,
        "task" or "tasks" => NodeLabel.Task,
        "metric" or "metrics" => NodeLabel.Metric,
        "concept" or "concepts" => NodeLabel.Concept,
        _ => throw new FormatException($"unknown vocabulary kind '{kind}' (method, dataset, task, metric or concept)"),
    };

    private static VocabularyEntry Create(string canonical, string kind, string? parent, string[] aliases, string source, int line)
    {
        canonical = canonical.Trim();
        if (canonical.Length == 0) throw new FormatException($"{source}:{line}: empty canonical name");
        NodeLabel label;
        try
        {
            label = ParseKind(kind);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{source}:{line}: {ex.Message}", ex);
        }
        return new VocabularyEntry
        {
            Canonical = canonical,
            Kind = label,
            Parent = string.IsNullOrWhiteSpace(parent) ? null : parent.Trim(),
            Aliases = aliases.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            Source = Path.GetFileName(source),
        };
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
