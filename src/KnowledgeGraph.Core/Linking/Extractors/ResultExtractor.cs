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

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "of", "the", "improvement", "improvements", "gain", "gains", "higher", "lower", "better", "absolute",
        "relative", "average", "mean", "point", "points", "and", "increase", "reduction", "decrease", "boost", "in", "terms",
        "top", "overall", "an", "a", "respectively", "pp", "margin", "fewer", "less", "more", "smaller",
        "faster", "shorter", "drop", "decrement", "savings", "saving", "cut", "for",
        // "10% training speedup", "35% inference latency reduction": the stage a cost is measured at
        "training", "inference",
        // "90.0 fine-tuning top-1 accuracy", "80.4 zero-shot top-1", "on both F1 score and IoU": the protocol, or both metrics
        "fine", "tuning", "zero", "few", "shot", "linear", "probing", "both",
    };

    // "53 times reduction in parameters", "10x fewer params": a bare count noun is a metric only after a reduction word
    private static readonly HashSet<string> ReductionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reduction", "fewer", "less", "smaller", "decrement", "decrease", "drop", "savings", "saving", "cut",
    };

    // "accuracy improved from 71.2% to 78.5%", "perplexity drops to 18.3", "error decreased by 23%": the metric changed by or to the number
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "improved", "improves", "increased", "increases", "rose", "rises", "grew", "decreased", "decreases", "dropped", "drops", "fell", "falls",
        "reduced", "declined", "declines", "went", "goes",
    };

    // "macro-F1 improvements of 3.4 to 7.9 points", "a BLEU gain of 1.2": the change of a metric is measured in its units
    private static readonly HashSet<string> ChangeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "improvement", "improvements", "gain", "gains", "increase", "increases", "reduction", "reductions", "drop", "decrease",
    };

    public static void Run(LinkingContext ctx)
    {
        var metricAt = new Dictionary<int, (string Canonical, int Last)>();
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind == NodeLabel.Metric) metricAt[m.FirstToken] = (m.Entry.Canonical, m.LastToken);
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
                if (ctx.Tokens[i].Kind != TokenKind.Number) continue;
                var count = EfficiencyFigures.MagnitudeCount(ctx, metricAt, i, s);
                // "+3 ~ 7 F1 scores": a range is a measurement when its upper end is
                var upper = RangeUpper(ctx, i, s);
                if (count is null && !(IsMeasurement(ctx, i) || IsCountNextToMetric(ctx, metricAt, i, s)
                      || upper > i && (IsMeasurement(ctx, upper) || IsCountNextToMetric(ctx, metricAt, upper, s)))) continue;
                var (value, unitEnd) = count is { } counted ? (ctx.Span(i, counted.Magnitude), counted.Magnitude) : Value(ctx, i, s);
                if (ConfidenceIntervals.EndOf(ctx, i, unitEnd, s) is var intervalEnd and >= 0)
                {
                    i = intervalEnd;
                    continue;
                }
                // "an F1 score of 88.1 and EM of 85.0": "metric of N" binds the number to the metric before it
                // "(fluency 4.2/5, coherence 3.8/5)": a metric right before the number, none right after, names it
                // "reduces MSE by 12.3% and MAE by 8.7%": "metric by N" binds as tightly
                // "the lowest RMSE (1.92) and MAPE (1.41%)": a bracketed number right after a metric is its value
                var adjacentBefore = (MetricEndingAt(metricAt, i - 1, s) is not null
                                      || ((ctx.IsLower(i - 1, "by") || ctx.TokenSpan(i - 1) is "(") && MetricEndingAt(metricAt, i - 2, s) is not null))
                                     && !metricAt.ContainsKey(unitEnd + 1);
                // "a speed of 250.4 FPS": a metric right after the number names it even after "of"
                var metric = count?.Metric ?? (StatedAs(ctx, i, s) && !metricAt.ContainsKey(unitEnd + 1) || adjacentBefore ? MetricBefore(ctx, metricAt, i, s) ?? MetricAfter(ctx, metricAt, unitEnd + 1, s)
                    : MetricAfter(ctx, metricAt, unitEnd + 1, s) ?? MetricBefore(ctx, metricAt, i, s));
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
                if (metric is null && CompanionFigures.DatasetFigure(ctx, i, unitEnd, s) is { } bracketedOn && SoleMetricBefore(metricAt, i, s) is { } shared)
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
                if (metric is null && ChangedMetric(ctx, i, s) is { } changed)
                {
                    metric = changed;
                    confidence = 0.65;
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
                if (metric is not null && metric != speedup && !Names(metricAt, metric))
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
                    var listed = MetricsListedAfter(ctx, metricAt, unitEnd + 1, s);
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
                lastUnit = unitEnd > i && ctx.Tokens[unitEnd].Kind == TokenKind.Word && PhysicalUnitLookup.Contains(ctx.TokenSpan(unitEnd)) || ctx.TokenSpan(unitEnd) is "dB"
                    ? ctx.TokenText(unitEnd) : null;
                lastCompared = compared;
                previousNumber = unitEnd;
                Report(ctx, s, i, unitEnd, value, metric, confidence, comparedMethod, parallelDataset, ownMethodOnly: compared, deferred);
                // "1.3% higher mAP and NDS", "by at least 1% on both F1 score and IoU": one margin of every metric listed
                if (count is null && SharedByListedMetrics(ctx, unitEnd + 1, s) && MetricsListedAfter(ctx, metricAt, unitEnd + 1, s) is { } alsoMeasured
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

    /// <summary>The metric mention of this sentence whose last token is <paramref name="last"/>, if any.</summary>
    private static string? MetricEndingAt(Dictionary<int, (string Canonical, int Last)> metricAt, int last, Sentence s)
    {
        foreach (var (first, m) in metricAt)
        {
            if (m.Last == last && first >= s.FirstToken) return m.Canonical;
        }
        return null;
    }

    private static bool StatedAs(LinkingContext ctx, int number, Sentence s)
    {
        var k = number - 1;
        if (k > s.FirstToken && ctx.TokenText(k) is "+" or "−" or "-" or "±") k--;
        return k > s.FirstToken && (ctx.IsLower(k, "of") || ctx.TokenText(k) is "=" or ":");
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
        if (!StatedAs(ctx, i, s)) return false;
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

    /// <summary>True for a number that measures something: not part of a name (ResNet-50, GPT-4) and not a year.</summary>
    internal static bool IsMeasurement(LinkingContext ctx, int i)
    {
        var t = ctx.Tokens[i];
        if (!t.SpaceBefore && i > 0)
        {
            var prev = ctx.Tokens[i - 1];
            if (prev.Kind == TokenKind.Word) return false;
            // "ResNet-50", "MobileNetV2×1.4": a number glued on by a symbol is part of a name
            if (prev.Kind == TokenKind.Symbol && ctx.Text[prev.Start] is '-' or '_' or '/' or '@' or '.' or '×' && i > 1 && !prev.SpaceBefore && ctx.Tokens[i - 2].Kind != TokenKind.Symbol) return false;
        }
        if (i + 1 < ctx.Tokens.Length && !ctx.Tokens[i + 1].SpaceBefore && ctx.Tokens[i + 1].Kind == TokenKind.Word)
        {
            var next = ctx.TokenText(i + 1);
            if (next is not ("x" or "X" or "pp" or "dB" or "ms" or "k" or "K" or "M" or "B" or "times" or "fps" or "FPS")) return false;
        }
        var text = ctx.Text.AsSpan(t.Start, t.Length);
        if (text.Length == 4 && text[0] is '1' or '2' && !text.Contains('.') && !HasUnit(ctx, i)) return false; // a year
        return HasUnit(ctx, i) || text.Contains('.');
    }

    private static bool HasUnit(LinkingContext ctx, int i)
    {
        if (i + 1 >= ctx.Tokens.Length) return false;
        var next = ctx.TokenText(i + 1);
        if (next == "\\" && i + 2 < ctx.Tokens.Length && ctx.TokenText(i + 2) is "%" or "times") return true; // LaTeX 60\%, $2\times$
        // "91.07fps" glued is a value with its unit; "102 FPS" apart is a number and the metric that names it
        if (next is "fps" or "FPS") return !ctx.Tokens[i + 1].SpaceBefore;
        return next is "%" or "×" or "x" or "X" or "pp" or "dB" || next.Equals("times", StringComparison.OrdinalIgnoreCase) || EfficiencyFigures.IsFold(ctx, i)
               || next.Equals("points", StringComparison.OrdinalIgnoreCase) || IsPercentagePoints(ctx, i);
    }

    // "1.5 percentage points": a two-word unit
    private static bool IsPercentagePoints(LinkingContext ctx, int i) =>
        i + 2 < ctx.Tokens.Length && ctx.IsLower(i + 1, "percentage") && (ctx.IsLower(i + 2, "points") || ctx.IsLower(i + 2, "point"));

    internal static (string Value, int UnitEnd) Value(LinkingContext ctx, int i, Sentence s)
    {
        var start = i;
        // "+10.9", "−0.4": a signed difference keeps its sign
        if (i > s.FirstToken && !ctx.Tokens[i].SpaceBefore && ctx.TokenText(i - 1) is "+" or "−" or "-" or "±"
            && (ctx.Tokens[i - 1].SpaceBefore || (i - 2 >= s.FirstToken && ctx.TokenSpan(i - 2) is "("))) start = i - 1; // "(-0.2%)" too
        // "<1%", "∼87%", "≥0.9": a bound or an approximation is part of the value ("<1%" is not "1%")
        else if (i > s.FirstToken && !ctx.Tokens[i].SpaceBefore && ctx.TokenText(i - 1) is "<" or ">" or "≤" or "≥" or "~" or "∼" or "≈") start = i - 1;
        // a range, "0.11~0.18dB", "10.1-36.6%", "0.041 - 0.113", "+3 ~ 7": the value is the whole range
        i = RangeUpper(ctx, i, s) is var upper and > 0 ? upper : i;
        var end = WithUnit(ctx, i, s);
        // "5%–15%": a range whose ends both carry the unit
        if (end > i && Glued(ctx, end + 1, s) && ctx.TokenText(end + 1) is "–" or "-" or "~" && IsNumberAt(ctx, end + 2, s) && Glued(ctx, end + 2, s)
            && HasUnit(ctx, end + 2))
        {
            end = WithUnit(ctx, end + 2, s);
        }
        // "4.0/5" (a rating out of 5), "121/123": the scale is part of the value
        if (end == i && Glued(ctx, end + 1, s) && ctx.TokenText(end + 1) == "/" && IsNumberAt(ctx, end + 2, s) && Glued(ctx, end + 2, s)) end += 2;
        // "3.9 ± 0.8": a mean keeps its spread
        if (end + 2 < s.EndToken && ctx.TokenText(end + 1) == "±" && ctx.Tokens[end + 2].Kind == TokenKind.Number) end = WithUnit(ctx, end + 2, s);
        // "3.2 mm", "2.3 years", "450 ms": a physical unit is part of what was measured
        if (end == i && end + 1 < s.EndToken && ctx.Tokens[end + 1].Kind == TokenKind.Word && PhysicalUnitLookup.Contains(ctx.TokenSpan(end + 1))) end++;
        return (ctx.Text[ctx.Tokens[start].Start..ctx.Tokens[end].End], end);
    }

    // the upper number of a range that starts at i ("10.1-36.6%", spaced evenly on both sides of the dash: "0.041 - 0.113"),
    // or -1 when no range starts there
    private static int RangeUpper(LinkingContext ctx, int i, Sentence s) =>
        i + 2 < s.EndToken && ctx.TokenText(i + 1) is "~" or "-" or "–" && ctx.Tokens[i + 2].Kind == TokenKind.Number
        && ctx.Tokens[i + 1].SpaceBefore == ctx.Tokens[i + 2].SpaceBefore && !HasUnit(ctx, i) ? i + 2 : -1;

    private static readonly HashSet<string> PhysicalUnits = new(StringComparer.Ordinal)
    {
        "mm", "cm", "km", "nm", "μm", "ms", "sec", "seconds", "minutes", "min", "hours", "hrs", "days", "weeks", "months", "years",
        "GB", "MB", "KB", "TB", "GiB", "MiB", "W", "kW", "kWh", "mW", "J", "mJ", "Hz", "kHz", "MHz", "GHz", "°C",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PhysicalUnitLookup = PhysicalUnits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int WithUnit(LinkingContext ctx, int i, Sentence s) =>
        i + 1 < s.EndToken && HasUnit(ctx, i)
            ? ctx.TokenText(i + 1) == "\\" || IsPercentagePoints(ctx, i) || EfficiencyFigures.IsFold(ctx, i) ? Math.Min(i + 2, s.EndToken - 1) : i + 1
            : i;

    private static bool Glued(LinkingContext ctx, int i, Sentence s) => i < s.EndToken && !ctx.Tokens[i].SpaceBefore;

    private static bool IsNumberAt(LinkingContext ctx, int i, Sentence s) => i < s.EndToken && ctx.Tokens[i].Kind == TokenKind.Number;

    private static string? MetricAfter(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int from, Sentence s)
    {
        var reduction = false;
        var joined = false;
        for (var k = from; k < Math.Min(s.EndToken, from + 6); k++)
        {
            // "an area under curve of 0.9744 and accuracy 94.12%": past "and", a metric with its own number is not ours
            if (metricAt.TryGetValue(k, out var m)) return joined && OwnNumberAfter(ctx, m.Last + 1, s) ? null : m.Canonical;
            // "71.69% ImageNet top-1 accuracy": the dataset's name may qualify the metric
            if (k == from && ctx.MentionAt.TryGetValue(k, out var d) && d.Entry.Kind == NodeLabel.Dataset && metricAt.ContainsKey(d.LastToken + 1))
            {
                k = d.LastToken;
                continue;
            }
            if (ctx.Tokens[k].Kind == TokenKind.Number) return null;
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            var word = ctx.TokenText(k);
            if (reduction && EfficiencyFigures.ParameterNouns.Contains(word)) return EfficiencyFigures.ParameterCount(ctx);
            // "uses 40% less memory", "50% less GPU memory": memory is a cost only where it is saved
            if (reduction && word == "memory") return ctx.Vocabulary.Resolve("Memory Usage", NodeLabel.Metric)?.Canonical ?? "Memory Usage";
            // "54x fewer trainable parameters"
            if (reduction && word is "trainable" or "learnable" or "tunable" or "model" or "GPU") continue;
            if (!Fillers.Contains(word)) return null;
            reduction |= ReductionWords.Contains(word);
            joined |= word == "and";
        }
        return null;
    }

    /// <summary>
    /// The metrics coordinated after a number ("fewer multiply-adds and parameters", "higher BLEU, METEOR and CIDEr"),
    /// in order, when there are two or more; null otherwise. Parameters the vocabulary does not name are added as a metric.
    /// </summary>
    private static List<string>? MetricsListedAfter(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int from, Sentence s)
    {
        List<string>? listed = null;
        var k = from;
        while (k < s.EndToken && k < from + 6 && ctx.Tokens[k].Kind == TokenKind.Word && Fillers.Contains(ctx.TokenText(k)) && !metricAt.ContainsKey(k)) k++;
        while (k < s.EndToken)
        {
            if (metricAt.TryGetValue(k, out var m))
            {
                (listed ??= []).Add(m.Canonical);
                k = m.Last + 1;
            }
            else if (EfficiencyFigures.ParameterNouns.Contains(ctx.TokenText(k)) && listed is not null)
            {
                listed.Add(EfficiencyFigures.ParameterCount(ctx));
                ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, listed[^1], ctx.Span(k, k), s, 0.7, Name, false);
                k++;
            }
            else break;
            if (k < s.EndToken && ctx.TokenText(k) == ",") k++;
            if (k < s.EndToken && (ctx.IsLower(k, "and") || ctx.IsLower(k, "or"))) k++;
            else if (k < s.EndToken && ctx.TokenText(k - 1) != ",") break;
        }
        return listed is { Count: > 1 } ? listed : null;
    }

    // a comparison or "both" between a number and the metrics listed after it: the number is a margin they share
    private static bool SharedByListedMetrics(LinkingContext ctx, int from, Sentence s)
    {
        for (var k = from; k < Math.Min(s.EndToken, from + 4); k++)
        {
            if (ctx.IsLower(k, "higher") || ctx.IsLower(k, "lower") || ctx.IsLower(k, "better") || ctx.IsLower(k, "both")) return true;
            if (ctx.Tokens[k].Kind != TokenKind.Word || !Fillers.Contains(ctx.TokenText(k))) return false;
        }
        return false;
    }

    /// <summary>The "of" before a model's name, across up to three quantifiers or modifiers ("of six different LLMs"); -1 when none.</summary>
    internal static int OfBefore(LinkingContext ctx, int name, Sentence s)
    {
        for (var k = name - 1; k >= s.FirstToken && name - k <= 4; k--)
        {
            if (ctx.IsLower(k, "of")) return k;
            if (ctx.Tokens[k].Kind == TokenKind.Symbol) return -1;
        }
        return -1;
    }

    /// <summary>The one metric the sentence names before the number, or null when it names none or several.</summary>
    private static string? SoleMetricBefore(Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        string? sole = null;
        foreach (var (first, m) in metricAt)
        {
            if (first < s.FirstToken || m.Last >= number) continue;
            if (sole is not null && sole != m.Canonical) return null;
            sole = m.Canonical;
        }
        return sole;
    }

    /// <summary>
    /// "improve the recognition rate by 13.28%", "reducing forecast error by an average of 10.4%": a metric the
    /// vocabulary does not know, named by its head word ("rate", "error") as the object of a change verb, with the
    /// number it changed by. Adds the metric and returns its name, or null.
    /// </summary>
    private static string? ChangedMetric(LinkingContext ctx, int number, Sentence s)
    {
        var k = number - 1;
        // "by 13.28%", "by up to 18%", "by an average of 10.4%", "by about 3%"
        while (k > s.FirstToken && ctx.Tokens[k].Kind == TokenKind.Word && ctx.TokenSpan(k) is "up" or "to" or "an" or "average" or "of" or "about" or "around" or "nearly" or "over" or "almost" or "roughly") k--;
        if (!ctx.IsLower(k, "by")) return null;
        var head = k - 1;
        if (head - 1 < s.FirstToken || ctx.Tokens[head].Kind != TokenKind.Word || !HeadWords.Metric.Contains(ctx.LowerSpan(head))) return null;
        // one or two modifiers, then "the" or the change verb itself
        var first = head;
        while (first - 1 > s.FirstToken && head - first < 2 && ctx.Tokens[first - 1].Kind == TokenKind.Word && !IsChangeVerb(ctx, first - 1)
               && !ctx.IsLower(first - 1, "the") && !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(first - 1))) first--;
        if (first == head || ctx.MentionAt.ContainsKey(first)) return null;
        var verb = ctx.IsLower(first - 1, "the") ? first - 2 : first - 1;
        if (!IsChangeVerb(ctx, verb)) return null;
        var name = TaskExtractor.Capitalize(ctx.Span(first, head).ToLowerInvariant());
        ctx.Add(RelationshipType.Mentions, NodeLabel.Metric, name, ctx.Span(first, head), s, 0.65, Name + ":changed", true);
        return name;
    }

    private static bool IsChangeVerb(LinkingContext ctx, int k) =>
        k >= 0 && ctx.Tokens[k].Kind == TokenKind.Word
        && (ctx.LowerStartsWith(k, "improv") || ctx.LowerStartsWith(k, "reduc") || ctx.LowerStartsWith(k, "increas") || ctx.LowerStartsWith(k, "decreas")
            || ctx.LowerStartsWith(k, "lower") || ctx.LowerStartsWith(k, "boost") || ctx.LowerStartsWith(k, "rais") || ctx.LowerStartsWith(k, "cut"));

    // "accuracy 94.12%", "accuracy of 94.12%"
    private static bool OwnNumberAfter(LinkingContext ctx, int k, Sentence s)
    {
        if (k < s.EndToken && (ctx.IsLower(k, "of") || ctx.TokenText(k) is "=" or ":")) k++;
        return k < s.EndToken && ctx.Tokens[k].Kind == TokenKind.Number && IsMeasurement(ctx, k);
    }

    private static string? MetricBefore(LinkingContext ctx, Dictionary<int, (string Canonical, int Last)> metricAt, int number, Sentence s)
    {
        var word = false;
        for (var k = number - 1; k >= Math.Max(s.FirstToken, number - 8); k--)
        {
            if (MetricEndingAt(metricAt, k, s) is { } metric) return metric;
            // ... nor the model it is measured of, a variant too: "reduces the FLOPs of DeiT-S by 38%", "the accuracy of six
            // different LLMs by up to 18%", "the top-1 accuracy of ResNet-50 by 1.2%", "the AP of RTMPose-l from 64.8%"
            if (ctx.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && NameSpans.GluedStart(ctx, k, s.FirstToken) is var run && run > s.FirstToken
                && (ctx.MentionAt.TryGetValue(run, out var model) && model.Entry.Kind == NodeLabel.Method || NameSpans.IsNameLike(ctx.Span(run, k)))
                && OfBefore(ctx, run, s) is var of and >= 0)
            {
                k = of;
                continue;
            }
            // "nDCG@10 by 3.1%": the cut-off is part of the metric's name
            if (ctx.Tokens[k].Kind == TokenKind.Number && k - 2 >= s.FirstToken && !ctx.Tokens[k].SpaceBefore && ctx.TokenSpan(k - 1) is "@") continue;
            if (ctx.Tokens[k].Kind == TokenKind.Number) return null;
            // "processes 15 frames per second, achieves over 90% detection": a comma before the clause's verb ends the search
            if (word && ctx.TokenText(k) == ",") return null;
            word |= ctx.Tokens[k].Kind == TokenKind.Word;
            // "accuracy on ImageNet from 68.3% to 75.1%": the dataset between metric and number is no barrier
            if (ctx.MentionAt.TryGetValue(k, out var d) && d.Entry.Kind == NodeLabel.Dataset && d.FirstToken > s.FirstToken
                && (ctx.IsLower(d.FirstToken - 1, "on") || ctx.IsLower(d.FirstToken - 1, "in")))
            {
                k = d.FirstToken - 1;
                continue;
            }
            var w = ctx.TokenText(k);
            if (ctx.Tokens[k].Kind == TokenKind.Word && !(w is "of" or "to" or "at" or "as" or "by" or "reaches" or "reaching" or "achieves" or "achieving"
                    or "is" or "was" or "are" or "were" or "an" or "a" or "with" or "up" or "only" or "just" or "about" or "around" or "approximately" or "nearly" or "over" or "than" or "rate" or "score" or "scores" or "rates" or "value" or "values" or "reaching" or "more" or "less" or "almost" or "roughly" or "average" or "from")
                && !ChangeVerbs.Contains(w) && !ChangeNouns.Contains(w)) return null;
        }
        return null;
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
        if (previousEnd < 0 || i - previousEnd > 4) return false;
        for (var k = previousEnd + 1; k < i; k++)
        {
            var w = ctx.TokenText(k);
            // "+7.6% and +14.9%": a sign glued to the next number
            if (k == i - 1 && w is "+" or "−" or "-" && !ctx.Tokens[i].SpaceBefore) continue;
            if (w is not ("," or "and" or "or" or "to" or "(" or "on" or "average" or "avg" or "up" or "vs" or "versus" or "/")) return false;
        }
        return true;
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
