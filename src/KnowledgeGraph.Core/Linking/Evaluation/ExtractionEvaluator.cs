using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// Scores extractions against labeled abstracts, per entity type, micro-averaged.
/// <para>Matching rule: a predicted entity matches a gold item when, for any of the gold item's '|'-alternatives,
/// (1) the <see cref="NameKey"/> (case, punctuation, plural <c>s</c> and a trailing "dataset"/"benchmark" ignored)
/// equals the key of the prediction's canonical name, surface or full name / acronym, or (2) both resolve to the same
/// vocabulary entry of that kind (alias equivalence). Each gold item matches at most one prediction and vice versa.
/// A result matches when the values are equal (spaces, '\' and '×'/'x'/"times" normalized) and the metrics match by
/// the same rule; dataset and method are reported but not required.</para>
/// </summary>
public sealed class ExtractionEvaluator
{
    private readonly PaperLinker _linker;

    public ExtractionEvaluator(PaperLinker linker)
    {
        _linker = linker;
    }

    /// <param name="name">Report title.</param>
    /// <param name="papers">Labeled abstracts.</param>
    /// <param name="mergeMethods">SciERC mode: every method link (proposed, used, compared) is scored as <c>methods</c>.</param>
    public EvaluationReport Evaluate(string name, IReadOnlyList<GoldPaper> papers, bool mergeMethods = false)
    {
        var types = mergeMethods ? new[] { "methods", "datasets", "tasks", "metrics" } : [.. GoldSetReader.EntityTypes, "results"];
        var counts = types.ToDictionary(t => t, _ => new int[3]);
        // of the results found, how many are tied to the dataset / method their label names
        var attribution = new Dictionary<string, int[]> { [ResultDataset] = new int[3], [ResultMethod] = new int[3] };
        var errors = new List<string>();
        var byExtractor = new Dictionary<(string Type, string Extractor), int[]>();
        foreach (var paper in papers)
        {
            var extraction = PaperExtraction.From(paper.Id, paper.Title, _linker.Link(paper.Title, paper.Abstract));
            foreach (var type in types)
            {
                if (type == "results")
                {
                    ScoreResults(paper, extraction, counts[type], attribution, errors);
                    continue;
                }
                var predicted = Predictions(extraction, type, mergeMethods);
                var gold = paper.Entities.GetValueOrDefault(type) ?? [];
                var kind = KindOf(type);
                var matched = new bool[predicted.Count];
                var correct = 0;
                foreach (var g in gold)
                {
                    var hit = -1;
                    for (var i = 0; i < predicted.Count && hit < 0; i++)
                    {
                        if (!matched[i] && Matches(g, predicted[i], kind)) hit = i;
                    }
                    if (hit >= 0)
                    {
                        matched[hit] = true;
                        correct++;
                    }
                    else if (!mergeMethods)
                    {
                        errors.Add($"{paper.Id} {type} MISSED {g}");
                    }
                }
                for (var i = 0; i < predicted.Count; i++)
                {
                    var key = (type, predicted[i].Extractor);
                    if (!byExtractor.TryGetValue(key, out var tally)) byExtractor[key] = tally = new int[2];
                    tally[0]++;
                    if (matched[i]) tally[1]++;
                }
                if (!mergeMethods)
                {
                    for (var i = 0; i < predicted.Count; i++)
                    {
                        if (!matched[i]) errors.Add($"{paper.Id} {type} EXTRA {predicted[i].Name} [{predicted[i].Surface}] {predicted[i].Confidence}");
                    }
                }
                counts[type][0] += predicted.Count;
                counts[type][1] += gold.Count;
                counts[type][2] += correct;
            }
        }
        var scores = types.Select(t => new TypeScore(t, counts[t][0], counts[t][1], counts[t][2])).ToList();
        if (!mergeMethods) scores.AddRange(attribution.Select(a => new TypeScore(a.Key, a.Value[0], a.Value[1], a.Value[2])));
        var extractors = byExtractor
            .Select(kv => new ExtractorScore(kv.Key.Type, kv.Key.Extractor, kv.Value[0], kv.Value[1]))
            .OrderBy(e => Array.IndexOf(types, e.Type)).ThenByDescending(e => e.Predicted).ThenBy(e => e.Extractor, StringComparer.Ordinal)
            .ToList();
        return new EvaluationReport(name, papers.Count, scores, errors, extractors);
    }

    /// <summary>
    /// Rows after the types: of the found results whose label names a dataset (a method), how many the linker tied to it.
    /// Predicted and gold are both that number, so precision, recall and F1 are the share tied right.
    /// </summary>
    public const string ResultDataset = "  → dataset";
    public const string ResultMethod = "  → method";

    private void ScoreResults(GoldPaper paper, PaperExtraction extraction, int[] count, Dictionary<string, int[]> attribution, List<string> errors)
    {
        var predicted = extraction.Results;
        var matched = new bool[predicted.Count];
        var correct = 0;
        foreach (var g in paper.Results)
        {
            var hit = -1;
            // the metric as labeled, with the alternatives the paper's label of that metric lists
            var metric = WithAlternatives(paper, g.Metric, "metrics")!;
            for (var i = 0; i < predicted.Count && hit < 0; i++)
            {
                if (!matched[i] && Value(predicted[i].Value) == Value(g.Value) && MetricMatches(metric, predicted[i].Metric)) hit = i;
            }
            if (hit >= 0)
            {
                matched[hit] = true;
                correct++;
                Attribute(paper.Id, g, WithAlternatives(paper, g.Dataset, "datasets"), predicted[hit].Dataset, NodeLabel.Dataset, attribution[ResultDataset], errors);
                Attribute(paper.Id, g, WithAlternatives(paper, g.Method, "proposed", "methods", "comparedWith"), predicted[hit].Method, NodeLabel.Method, attribution[ResultMethod], errors);
            }
            else
            {
                errors.Add($"{paper.Id} results MISSED {g.Metric}={g.Value}");
            }
        }
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!matched[i]) errors.Add($"{paper.Id} results EXTRA {predicted[i].Metric}={predicted[i].Value}");
        }
        count[0] += predicted.Count;
        count[1] += paper.Results.Count;
        count[2] += correct;
    }

    /// <summary>
    /// A result's dataset or method as labeled, with the alternatives the paper's own label of that entity lists: a result
    /// labeled "SBP" is tied to the method labeled "SBP|Stochastic Backpropagation", whichever name the extractor used.
    /// </summary>
    private static string? WithAlternatives(GoldPaper paper, string? name, params string[] types)
    {
        if (name is null) return null;
        var key = NameKey.Of(name.Split('|')[0]);
        foreach (var type in types)
        {
            if (!paper.Entities.TryGetValue(type, out var items)) continue;
            foreach (var item in items)
            {
                foreach (var alternative in item.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (NameKey.Of(alternative) == key) return name + "|" + item;
                }
            }
        }
        return name;
    }

    private void Attribute(string paper, GoldResult g, string? gold, string? predicted, NodeLabel kind, int[] count, List<string> errors)
    {
        if (gold is null) return;
        count[0]++;
        count[1]++;
        if (predicted is not null && Matches(gold, new ExtractedEntity(predicted, predicted, "", 0, 1, "", false, null, null), kind)) count[2]++;
        else errors.Add($"{paper} results {(kind == NodeLabel.Dataset ? "DATASET" : "METHOD")} {g.Metric}={g.Value}: {gold} labeled, {predicted ?? "none"} found");
    }

    private bool MetricMatches(string gold, string predicted) =>
        Matches(gold, new ExtractedEntity(predicted, predicted, "", 0, 1, "", false, null, null), NodeLabel.Metric);

    private bool Matches(string gold, ExtractedEntity predicted, NodeLabel? kind)
    {
        var keys = new HashSet<string> { NameKey.Of(predicted.Name), NameKey.Of(predicted.Surface) };
        if (predicted.FullName is not null) keys.Add(NameKey.Of(predicted.FullName));
        if (predicted.Parent is not null && kind == NodeLabel.Method && predicted.Surface.Contains('-')) keys.Add(NameKey.Of(predicted.Surface));
        var vocabulary = _linker.Vocabulary;
        var predictedEntry = kind is { } k1 ? vocabulary.Resolve(predicted.Name, k1) : null;
        foreach (var alternative in gold.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (keys.Contains(NameKey.Of(alternative))) return true;
            if (kind is { } k && predictedEntry is not null && ReferenceEquals(vocabulary.Resolve(alternative, k), predictedEntry)) return true;
        }
        return false;
    }

    private static List<ExtractedEntity> Predictions(PaperExtraction e, string type, bool mergeMethods) => type switch
    {
        "proposed" => [.. e.Proposed],
        "methods" => mergeMethods ? [.. e.Proposed, .. e.Methods, .. e.ComparedWith] : [.. e.Methods],
        "comparedWith" => [.. e.ComparedWith],
        "datasets" => [.. e.Datasets],
        "tasks" => [.. e.Tasks],
        "metrics" => [.. e.Metrics],
        "concepts" => [.. e.Concepts],
        _ => [],
    };

    private static NodeLabel? KindOf(string type) => type switch
    {
        "proposed" or "methods" or "comparedWith" => NodeLabel.Method,
        "datasets" => NodeLabel.Dataset,
        "tasks" => NodeLabel.Task,
        "metrics" => NodeLabel.Metric,
        "concepts" => NodeLabel.Concept,
        _ => null,
    };

    private static string Value(string value) =>
        value.Replace(" ", "").Replace("\\", "").Replace("×", "x").Replace("times", "x").Replace("X", "x").ToLowerInvariant();
}
