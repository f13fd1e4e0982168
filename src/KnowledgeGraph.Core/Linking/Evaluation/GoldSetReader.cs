using System.Text.Json;

namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// Reads labeled abstracts: our JSON Lines (<c>id, split, title, abstract, proposed, methods, comparedWith, datasets,
/// tasks, metrics, results, concepts</c>) and SciERC's dygie JSON Lines (sentences + ner spans).
/// </summary>
public static class GoldSetReader
{
    public static readonly string[] EntityTypes = ["proposed", "methods", "comparedWith", "datasets", "tasks", "metrics", "concepts"];

    public static List<GoldPaper> ReadJsonLines(string path)
    {
        var papers = new List<GoldPaper>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var entities = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var type in EntityTypes)
            {
                if (root.TryGetProperty(type, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    entities[type] = list.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList();
                }
            }
            var results = new List<GoldResult>();
            if (root.TryGetProperty("results", out var rs) && rs.ValueKind == JsonValueKind.Array)
            {
                foreach (var r in rs.EnumerateArray())
                {
                    results.Add(new GoldResult(Str(r, "metric") ?? "", Str(r, "value") ?? "", Str(r, "dataset"), Str(r, "method")));
                }
            }
            papers.Add(new GoldPaper
            {
                Id = Str(root, "id") ?? $"line-{papers.Count + 1}",
                Split = Str(root, "split") ?? "dev",
                Title = Str(root, "title") ?? "",
                Abstract = Str(root, "abstract") ?? "",
                Entities = entities,
                Results = results,
            });
        }
        return papers;
    }

    /// <summary>
    /// SciERC (dygie format): the abstract is the joined sentences (no title); Method spans become <c>methods</c>
    /// (compared against every method link), Task → tasks, Metric → metrics, Material → datasets.
    /// </summary>
    public static List<GoldPaper> ReadSciErc(string path, string split)
    {
        var papers = new List<GoldPaper>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var tokens = root.GetProperty("sentences").EnumerateArray().SelectMany(s => s.EnumerateArray().Select(t => t.GetString() ?? "")).ToList();
            var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => Detokenize(s.EnumerateArray().Select(t => t.GetString() ?? ""))).ToList();
            var byType = new Dictionary<string, HashSet<string>>
            {
                ["methods"] = new(StringComparer.OrdinalIgnoreCase), ["tasks"] = new(StringComparer.OrdinalIgnoreCase),
                ["metrics"] = new(StringComparer.OrdinalIgnoreCase), ["datasets"] = new(StringComparer.OrdinalIgnoreCase),
            };
            foreach (var sentence in root.GetProperty("ner").EnumerateArray())
            {
                foreach (var span in sentence.EnumerateArray())
                {
                    var start = span[0].GetInt32();
                    var end = span[1].GetInt32();
                    var type = span[2].GetString() switch
                    {
                        "Method" => "methods",
                        "Task" => "tasks",
                        "Metric" => "metrics",
                        "Material" => "datasets",
                        _ => null,
                    };
                    if (type is null || end >= tokens.Count) continue;
                    byType[type].Add(Detokenize(tokens.Skip(start).Take(end - start + 1)));
                }
            }
            papers.Add(new GoldPaper
            {
                Id = Str(root, "doc_key") ?? $"scierc-{papers.Count + 1}",
                Split = split,
                Abstract = string.Join(" ", sentences),
                Entities = byType.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList()),
            });
        }
        return papers;
    }

    private static string Detokenize(IEnumerable<string> tokens) =>
        string.Join(" ", tokens).Replace(" ,", ",").Replace(" .", ".").Replace(" )", ")").Replace("( ", "(").Replace(" - ", "-").Replace(" ;", ";").Replace(" :", ":");

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
