using System.Text.Json;

namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// Reads labeled abstracts: our JSON Lines (<c>id, split, title, abstract, proposed, methods, comparedWith, datasets,
/// tasks, metrics, results, concepts</c>) and SciERC's dygie JSON Lines (sentences + ner spans).
/// </summary>
public static class GoldSetReader
{
    public static readonly string[] EntityTypes = ["proposed", "methods", "comparedWith", "datasets", "tasks", "metrics", "concepts"];

    /// <summary>
    /// The labeled abstracts of a JSON Lines file. A line that is not a JSON object, or whose fields have the wrong type
    /// (a title that is a number, a label that is not a string, a result that is not an object), is skipped and
    /// reported as "path:line N: what is wrong" in <paramref name="problems"/>; without a list to report to, it throws
    /// <see cref="FormatException"/> with that message.
    /// </summary>
    public static List<GoldPaper> ReadJsonLines(string path, ICollection<string>? problems = null)
    {
        var papers = new List<GoldPaper>();
        foreach (var (number, root) in JsonObjects(path, problems))
        {
            if (WrongField(root) is { } wrong)
            {
                Report(problems, $"{path}:line {number}: {wrong}; the record is skipped");
                continue;
            }
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
                Id = Str(root, "id") ?? $"line-{number}",
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
    public static List<GoldPaper> ReadSciErc(string path, string split, ICollection<string>? problems = null)
    {
        var papers = new List<GoldPaper>();
        foreach (var (number, root) in JsonObjects(path, problems))
        {
            try
            {
                papers.Add(SciErcPaper(root, split, papers.Count));
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException)
            {
                Report(problems, $"{path}:line {number}: not a SciERC document ({ex.Message})");
            }
        }
        return papers;
    }

    private static GoldPaper SciErcPaper(JsonElement root, string split, int index)
    {
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
        return new GoldPaper
        {
            Id = Str(root, "doc_key") ?? $"scierc-{index + 1}",
            Split = split,
            Abstract = string.Join(" ", sentences),
            Entities = byType.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToList()),
        };
    }

    /// <summary>Each non-blank line parsed as a JSON object, with its 1-based number; any other line is reported.</summary>
    private static IEnumerable<(int Number, JsonElement Root)> JsonObjects(string path, ICollection<string>? problems)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(line);
                root = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                Report(problems, $"{path}:line {number}: not JSON ({ex.Message})");
                continue;
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                Report(problems, $"{path}:line {number}: a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
                continue;
            }
            yield return (number, root);
        }
    }

    private static void Report(ICollection<string>? problems, string message)
    {
        if (problems is null) throw new FormatException(message);
        problems.Add(message);
    }

    private static string Detokenize(IEnumerable<string> tokens) =>
        string.Join(" ", tokens).Replace(" ,", ",").Replace(" .", ".").Replace(" )", ")").Replace("( ", "(").Replace(" - ", "-").Replace(" ;", ";").Replace(" :", ":");

    /// <summary>What is wrongly typed in a gold record, or null: text fields are strings (or null), label lists arrays of
    /// strings, results an array of objects whose fields are strings.</summary>
    private static string? WrongField(JsonElement root)
    {
        foreach (var name in new[] { "id", "split", "title", "abstract" })
        {
            if (root.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return $"'{name}' is {Kind(v)}, not a string";
        }
        // a misspelt split would be scored as a set of its own, beside dev and test
        if (Str(root, "split") is { } split && split is not ("dev" or "test")) return $"'split' is '{split}', not dev or test";
        foreach (var type in EntityTypes)
        {
            if (!root.TryGetProperty(type, out var list) || list.ValueKind == JsonValueKind.Null) continue;
            if (list.ValueKind != JsonValueKind.Array) return $"'{type}' is {Kind(list)}, not a list";
            var k = 0;
            foreach (var item in list.EnumerateArray())
            {
                k++;
                if (item.ValueKind != JsonValueKind.String) return $"'{type}' item {k} is {Kind(item)}, not a string";
            }
        }
        if (root.TryGetProperty("results", out var results) && results.ValueKind != JsonValueKind.Null)
        {
            if (results.ValueKind != JsonValueKind.Array) return $"'results' is {Kind(results)}, not a list";
            var k = 0;
            foreach (var r in results.EnumerateArray())
            {
                k++;
                if (r.ValueKind != JsonValueKind.Object) return $"'results' item {k} is {Kind(r)}, not an object";
                foreach (var field in new[] { "metric", "value", "dataset", "method" })
                {
                    if (r.TryGetProperty(field, out var f) && f.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return $"'results' item {k}: '{field}' is {Kind(f)}, not a string";
                }
            }
        }
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => e.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
