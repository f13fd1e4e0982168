using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Results: a number tied to a metric in one sentence — "85.9% Top-1 accuracy on ImageNet", "MAPEs of 2.47%, 1.29%",
/// "1.7% mAP", "2.45× speedup" — with the dataset and method the sentence names. Emits Reports/Result links whose
/// properties hold metric, value, dataset and method.
/// </summary>
internal static class ResultExtractor
{
    public const string Name = "result";

    public static void Run(LinkingContext ctx)
    {
        var metricAt = new Dictionary<int, (string Canonical, int Last)>();
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind == NodeLabel.Metric && !ctx.IsOtherThanMetric(m)) metricAt[m.FirstToken] = (m.Entry.Canonical, m.LastToken);
        }
        var speedup = ctx.Vocabulary.Resolve("Speedup", NodeLabel.Metric)?.Canonical ?? "Speedup";

        foreach (var s in ctx.Sentences)
        {
            string? previousMetric = null;
            // the metric of the sentence's last result, for the figures that share it (CompanionFigures)
            string? lastMetric = null;
            // where the last result's value ended, and its unit of measure if it had one
            var lastUnitEnd = -1;
            string? lastUnit = null;
            string? lastPercentMetric = null;
            string? lastPlainMetric = null;
            var lastCompared = false;
            var previousNumber = -10;
            // a metric named by the words a number changed, already added as a mention with them
            string? namedInWords = null;
            string? correlation = null;
            var correlationRead = false;
            // numbers of a list seen before its metric ("1.12times and 20.21times faster"): they share it
            var pending = new List<(int Start, int End, string Value)>();
            // most sentences have no "respectively": no list, no set
            HashSet<int>? paired = null;
            // a "respectively" sentence holds its results back until its datasets can be paired with them
            List<Reported>? deferred = null;
            if (RespectivelyLists.Closes(ctx, s))
            {
                deferred = [];
                foreach (var (number, unitEnd, value, metric) in RespectivelyLists.Pairs(ctx, metricAt, s))
                {
                    ctx.ResultMetrics.Add(metric);
                    Report(ctx, s, number, unitEnd, value, metric, 0.8, deferred: deferred);
                    (paired ??= []).Add(number);
                }
            }
            for (var i = ConditionEnd(ctx, s); i < s.EndToken; i++)
            {
                if (paired is not null && paired.Contains(i)) continue;
                if (ctx.Tokens[i].Kind != TokenKind.Number || InsideName(ctx, i, s)) continue;
                var count = EfficiencyFigures.MagnitudeCount(ctx, metricAt, i, s);
                // "+3 ~ 7 F1 scores": a range is a measurement when its upper end is
                var upper = ResultValues.RangeUpper(ctx, i, s);
                if (count is null && !(ResultValues.IsMeasurement(ctx, i) || IsCountNextToMetric(ctx, metricAt, i, s)
                      || upper > i && (ResultValues.IsMeasurement(ctx, upper) || IsCountNextToMetric(ctx, metricAt, upper, s)))) continue;
                var (value, unitEnd) = count is { } counted ? (ctx.Span(i, counted.Magnitude), counted.Magnitude) : ResultValues.Value(ctx, i, s);
                if (ConfidenceIntervals.EndOf(ctx, i, unitEnd, s) is var intervalEnd and >= 0)
                {
                    i = intervalEnd;
                    continue;
                }
                // "an F1 score of 88.1 and EM of 85.0": "metric of N" binds the number to the metric before it
                // "(fluency 4.2/5, coherence 3.8/5)": a metric right before the number, none right after, names it
                // "reduces MSE by 12.3% and MAE by 8.7%": "metric by N" binds as tightly
                // "the lowest RMSE (1.92) and MAPE (1.41%)": a bracketed number right after a metric is its value
                var adjacentBefore = (NearbyMetrics.MetricEndingAt(metricAt, i - 1, s) is not null
                                      || ((ctx.IsLower(i - 1, "by") || ctx.TokenSpan(i - 1) is "(") && NearbyMetrics.MetricEndingAt(metricAt, i - 2, s) is not null))
                                     && !metricAt.ContainsKey(unitEnd + 1);
                // "a speed of 250.4 FPS": a metric right after the number names it even after "of"
                var metric = count?.Metric ?? (NearbyMetrics.StatedAs(ctx, i, s) && !metricAt.ContainsKey(unitEnd + 1) || adjacentBefore ? NearbyMetrics.MetricBefore(ctx, metricAt, i, s) ?? NearbyMetrics.MetricAfter(ctx, metricAt, unitEnd + 1, s)
                    : NearbyMetrics.MetricAfter(ctx, metricAt, unitEnd + 1, s) ?? NearbyMetrics.MetricBefore(ctx, metricAt, i, s));
                double confidence = 0.8;
                if (metric is null && DistantMetric.Before(ctx, metricAt, i, s) is { } distant)
                {
                    metric = distant;
                    confidence = 0.7;
                }
                if (metric is null && IsCorrelationStatistic(ctx, i, s))
                {
                    // the sentence is read once, however many statistics it reports
                    if (!correlationRead)
                    {
                        correlation = CorrelationIn(ctx, metricAt, s);
                        correlationRead = true;
                    }
                    if (correlation is not null)
                    {
                        metric = correlation;
                        confidence = 0.7;
                    }
                }
                if (metric is null && previousMetric is not null && ListContinues(ctx, previousNumber, i))
                {
                    metric = previousMetric;
                    confidence = 0.7;
                }
                string? comparedMethod = null;
                if (metric is null && lastMetric is not null && CompanionFigures.BaselineFigure(ctx, i, unitEnd, s, out var figureOf))
                {
                    metric = lastMetric;
                    confidence = 0.6;
                    comparedMethod = figureOf;
                }
                string? parallelDataset = null;
                if (metric is null && lastMetric is not null && CompanionFigures.ParallelFigure(ctx, i, unitEnd, s) is { } onDataset)
                {
                    // "88.8% accuracy on ImageNet, 58.7 boxAP on COCO as well as 86.1% on Kinetics-400": the last metric
                    // whose figure had the same form (a percentage or not)
                    metric = (value.EndsWith('%') ? lastPercentMetric : lastPlainMetric) ?? lastMetric;
                    confidence = 0.7;
                    parallelDataset = onDataset;
                }
                if (metric is null && CompanionFigures.DatasetFigure(ctx, i, unitEnd, s) is { } bracketedOn && NearbyMetrics.SoleMetricBefore(metricAt, i, s) is { } shared)
                {
                    metric = shared;
                    confidence = 0.7;
                    parallelDataset = bracketedOn;
                }
                if (metric is null && lastMetric is not null && CompanionFigures.MarginFigure(ctx, i, unitEnd, s, lastUnitEnd, lastUnit))
                {
                    metric = lastMetric;
                    confidence = 0.6;
                }
                if (metric is null && (ChangedQuantities.Metric(ctx, metricAt, i, s) ?? ChangedQuantities.After(ctx, unitEnd, s)) is { } changed)
                {
                    metric = changed;
                    confidence = 0.65;
                    namedInWords = changed;
                }
                if (metric is null && lastMetric is not null && CompanionFigures.ChangeFigure(ctx, unitEnd, s))
                {
                    metric = lastMetric;
                    confidence = 0.6;
                }
                var compared = false;
                // "versus 62.8% for FedAvg and 66.1% for SCAFFOLD": the comparison goes on, figure by figure
                if (metric is null && lastMetric is not null && (CompanionFigures.ComparedFigure(ctx, i, s)
                        || (lastCompared && (ctx.IsLower(i - 1, "and") || ctx.TokenSpan(i - 1) is ",") && CompanionFigures.MethodNamedAfter(ctx, unitEnd, s) is not null)))
                {
                    metric = lastMetric;
                    confidence = 0.6;
                    comparedMethod = CompanionFigures.MethodNamedAfter(ctx, unitEnd, s);
                    compared = true;
                }
                if (metric is null && EfficiencyFigures.IsSpeedFigure(ctx, value, i, unitEnd, s))
                {
                    metric = speedup;
                    ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, speedup, ctx.Span(i, Math.Min(unitEnd + 1, s.EndToken - 1)), s, 0.7, Name, false);
                }
                if (metric is null && EfficiencyFigures.IsSizeFigure(ctx, value, unitEnd, s))
                {
                    // "13 to 140 times smaller", "85% and 65% lighter": the model's size
                    metric = ctx.Vocabulary.Resolve("Model Size", NodeLabel.Metric)?.Canonical ?? "Model Size";
                }
                if (metric is null && value.EndsWith("fps", StringComparison.OrdinalIgnoreCase))
                {
                    // a frame rate measures throughput whatever the sentence calls it
                    metric = ctx.Vocabulary.Resolve("Throughput", NodeLabel.Metric)?.Canonical ?? "Throughput";
                }
                if (metric is not null && metric != speedup && metric != namedInWords && !Names(metricAt, metric))
                {
                    // bound through a unit or a count noun ("57.3fps", "12x fewer parameters"): the metric is named only here
                    ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, metric, ctx.Span(i, count?.Counted ?? Math.Min(unitEnd + 1, s.EndToken - 1)), s, 0.7, Name, false);
                }
                if (metric is not null) ctx.ResultMetrics.Add(metric);
                if (metric is null)
                {
                    if (!ListContinues(ctx, previousNumber, i)) pending.Clear();
                    pending.Add((i, unitEnd, value));
                    previousNumber = unitEnd;
                    previousMetric = null;
                    continue;
                }
                if (ListContinues(ctx, previousNumber, i) && pending.Count > 0)
                {
                    // "4.8x and 5.5x fewer multiply-adds and parameters": as many numbers as metrics listed after them pair in order
                    var listed = NearbyMetrics.MetricsListedAfter(ctx, metricAt, unitEnd + 1, s);
                    var inOrder = listed is not null && listed.Count == pending.Count + 1 && listed[0] == metric;
                    for (var p = 0; p < pending.Count; p++)
                    {
                        var (ps, pe, pv) = pending[p];
                        Report(ctx, s, ps, pe, pv, inOrder ? listed![p] : metric, 0.7, deferred: deferred);
                    }
                    if (inOrder)
                    {
                        metric = listed![^1];
                        foreach (var m in listed) ctx.ResultMetrics.Add(m);
                    }
                }
                pending.Clear();
                previousMetric = metric;
                lastMetric = metric;
                lastUnitEnd = unitEnd;
                if (value.EndsWith('%')) lastPercentMetric = metric;
                else lastPlainMetric = metric;
                // "dB", "ms": a unit of measure a later bare figure may share ("%" and factors measure anything)
                lastUnit = unitEnd > i && ctx.Tokens[unitEnd].Kind == TokenKind.Word && ResultValues.PhysicalUnitLookup.Contains(ctx.TokenSpan(unitEnd)) || ctx.TokenSpan(unitEnd) is "dB"
                    ? ctx.TokenText(unitEnd) : null;
                lastCompared = compared;
                previousNumber = unitEnd;
                Report(ctx, s, i, unitEnd, value, metric, confidence, comparedMethod, parallelDataset, ownMethodOnly: compared, deferred);
                // "1.3% higher mAP and NDS", "by at least 1% on both F1 score and IoU": one margin of every metric listed
                if (count is null && NearbyMetrics.SharedByListedMetrics(ctx, unitEnd + 1, s) && NearbyMetrics.MetricsListedAfter(ctx, metricAt, unitEnd + 1, s) is { } alsoMeasured
                    && alsoMeasured[0] == metric)
                {
                    for (var m = 1; m < alsoMeasured.Count; m++)
                    {
                        ctx.ResultMetrics.Add(alsoMeasured[m]);
                        Report(ctx, s, i, unitEnd, value, alsoMeasured[m], confidence, comparedMethod, parallelDataset, ownMethodOnly: compared, deferred);
                    }
                }
                i = unitEnd;
            }
            if (deferred is null) continue;
            DatasetsRespectively(ctx, s, deferred);
            foreach (var r in deferred) Emit(ctx, s, r);
        }
    }

    /// <summary>A result as reported: its number's tokens, value, metric, confidence and what it was measured of and on.</summary>
    private readonly record struct Reported(int Number, int UnitEnd, string Value, string Metric, double Confidence, string? Method, string? Dataset);

    /// <summary>
    /// "On Natural Questions and TriviaQA, it reaches an exact match of 45.2 and 61.8, respectively": when a metric has as
    /// many numbers as the sentence names datasets, the k-th number is on the k-th dataset.
    /// </summary>
    private static void DatasetsRespectively(LinkingContext ctx, Sentence s, List<Reported> reported)
    {
        List<string>? datasets = null;
        foreach (var (_, name) in ctx.DatasetAt.InSentence(s.Index))
        {
            datasets ??= [];
            if (!datasets.Contains(name)) datasets.Add(name);
        }
        if (datasets is null || datasets.Count < 2) return;
        // the positions of each metric's numbers, in the order they were reported
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < reported.Count; k++)
        {
            if (!groups.TryGetValue(reported[k].Metric, out var group)) groups[reported[k].Metric] = group = [];
            group.Add(k);
        }
        foreach (var group in groups.Values)
        {
            if (group.Count != datasets.Count) continue;
            for (var k = 0; k < group.Count; k++) reported[group[k]] = reported[group[k]] with { Dataset = datasets[k] };
        }
    }

    /// <summary>
    /// "If all misclassification rates were >30%, the system passed": a sentence that opens with a condition states a
    /// threshold there, not a result; the first token after the condition's comma (the sentence's first token otherwise).
    /// </summary>
    private static int ConditionEnd(LinkingContext ctx, Sentence s)
    {
        if (!(ctx.TokenSpan(s.FirstToken) is "If" or "Unless")) return s.FirstToken;
        for (var k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            if (ctx.TokenSpan(k) is ",") return k + 1;
        }
        return s.FirstToken;
    }

    /// <summary>
    /// A whole number is a measurement when a metric names it: "45 mIoU", "an FID of 7" — not "7B parameters", "10 tasks".
    /// </summary>
    private static bool IsCountNextToMetric(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int i, Sentence s)
    {
        var t = ctx.Tokens[i];
        if (i + 1 < s.EndToken && !ctx.Tokens[i + 1].SpaceBefore) return false; // glued: "7B", "3D"
        if (!t.SpaceBefore && i > s.FirstToken && ctx.Tokens[i - 1].Kind != TokenKind.Symbol) return false;
        if (i > s.FirstToken && !t.SpaceBefore && ctx.TokenText(i - 1) is "@" or "-" or "/" or "_") return false; // pass@1, GPT-4
        if (t.Length == 4 && ctx.Text[t.Start] is '1' or '2') return false; // a year (or looks like one); "a return of 3500" does not
        if (metricAt.ContainsKey(i + 1)) return true;
        // "a smaller model size (<4 MB)", "latency (12 ms)": a bracketed figure right after a metric is its value
        var open = i - 1;
        if (open > s.FirstToken && !t.SpaceBefore && ctx.TokenSpan(open) is "<" or ">" or "~" or "∼" or "≈" or "≤" or "≥") open--;
        if (open > s.FirstToken && ctx.TokenSpan(open) is "(" && NearbyMetrics.MetricEndingAt(metricAt, open - 1, s) is not null) return true;
        if (!NearbyMetrics.StatedAs(ctx, i, s)) return false;
        foreach (var (_, m) in metricAt)
        {
            if (m.Last == i - 2) return true;
        }
        return false;
    }

    // ownMethodOnly: the figure a result is compared with belongs to what the sentence names for it, or to nothing
    // known, never to the method the sentence opened with
    private static void Report(LinkingContext ctx, Sentence s, int i, int unitEnd, string value, string metric, double confidence, string? method = null,
        string? dataset = null, bool ownMethodOnly = false, List<Reported>? deferred = null)
    {
        dataset ??= ResultOwners.Dataset(ctx, i, s);
        if (!ownMethodOnly) method ??= ResultOwners.Method(ctx, i, s);
        var reported = new Reported(i, unitEnd, value, metric, confidence, method, dataset);
        if (deferred is not null) deferred.Add(reported);
        else Emit(ctx, s, reported);
    }

    private static void Emit(LinkingContext ctx, Sentence s, Reported r)
    {
        var props = new Dictionary<string, string> { ["metric"] = r.Metric, ["value"] = r.Value };
        if (r.Dataset is not null) props["dataset"] = r.Dataset;
        if (r.Method is not null) props["method"] = r.Method;
        var name = r.Metric + " = " + r.Value + (r.Dataset is null ? "" : " on " + r.Dataset) + (r.Method is null ? "" : " (" + r.Method + ")");
        ctx.Add(RelationshipType.Reports, NodeLabel.Result, name, ctx.Span(r.Number, r.UnitEnd), s, r.Confidence, Name, false, props, ctx.Tokens[r.Number].Start);
    }

    /// <summary>
    /// "a strong correlation with the template (r = 0.6)", "(r(13) = 0.56, p = 0.03)": a correlation coefficient reported
    /// the way statistics are.
    /// </summary>
    private static bool IsCorrelationStatistic(LinkingContext ctx, int number, Sentence s)
    {
        var k = number - 1;
        if (k - 1 < s.FirstToken || ctx.TokenText(k) != "=") return false;
        k--;
        // "r(13)": degrees of freedom between the letter and "="
        if (ctx.TokenText(k) == ")" && k - 2 >= s.FirstToken && ctx.Tokens[k - 1].Kind == TokenKind.Number && ctx.TokenText(k - 2) == "(") k -= 3;
        return k >= s.FirstToken && ctx.TokenText(k) is "r" or "ρ" or "rho";
    }

    /// <summary>
    /// The correlation a sentence is about: the coefficient it names (Pearson, Spearman), else a correlation when it
    /// speaks of one, else none ("the radius r = 0.5" is no result).
    /// </summary>
    private static string? CorrelationIn(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, Sentence s)
    {
        var named = false;
        for (var j = s.FirstToken; j < s.EndToken; j++)
        {
            if (metricAt.TryGetValue(j, out var m) && m.Canonical.Contains("Correlation", StringComparison.Ordinal)) return m.Canonical;
            named |= ctx.LowerStartsWith(j, "correlat");
        }
        return named ? ctx.Vocabulary.Resolve("Correlation", NodeLabel.Metric)?.Canonical ?? "Correlation" : null;
    }

    // "22.89x and 27.21x", "by up to 2.45x (on average 1.58x)": numbers of one list or its parenthetical share a metric
    private static bool ListContinues(LinkingContext ctx, int previousEnd, int i)
    {
        if (previousEnd < 0 || i - previousEnd > 8) return false;
        var words = 0;
        for (var k = previousEnd + 1; k < i; k++)
        {
            // "from 80.00% to 83.33% and on PubMedQA from 69.10% to 79.82%": the next dataset's figures share the metric
            if (ctx.MentionAt.TryGetValue(k, out var dataset) && dataset.Entry.Kind == NodeLabel.Dataset && (ctx.IsLower(k - 1, "on") || ctx.IsLower(k - 1, "in")))
            {
                k = dataset.LastToken;
                continue;
            }
            if (++words > 3) return false;
            var w = ctx.TokenText(k);
            // "+7.6% and +14.9%": a sign glued to the next number
            if (k == i - 1 && w is "+" or "−" or "-" && !ctx.Tokens[i].SpaceBefore) continue;
            if (w is not ("," or "and" or "or" or "to" or "(" or "on" or "in" or "from" or "average" or "avg" or "up" or "vs" or "versus" or "/")) return false;
        }
        return true;
    }

    // "6.20 on ImageNet 64x64": a number inside a dataset's or model's name measures nothing
    private static bool InsideName(LinkingContext ctx, int i, Sentence s)
    {
        for (var k = i - 1; k >= Math.Max(s.FirstToken, i - 4); k--)
        {
            if (ctx.MentionAt.TryGetValue(k, out var m) && m.LastToken >= i && m.Entry.Kind is NodeLabel.Dataset or NodeLabel.Method) return true;
        }
        return false;
    }

    // a loop, not Any(lambda): a closure over the loop's metric was allocated for every token of every sentence
    private static bool Names(Dictionary<int, (string Canonical, int Last)> metricAt, string metric)
    {
        foreach (var (canonical, _) in metricAt.Values)
        {
            if (canonical == metric) return true;
        }
        return false;
    }
}
