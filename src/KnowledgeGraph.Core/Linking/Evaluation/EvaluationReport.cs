using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// Per-type scores of one evaluation run, plus per-paper misses for error analysis and, per type, each extractor's
/// predictions and how many were right.
/// </summary>
public sealed record EvaluationReport(string Name, int Papers, IReadOnlyList<TypeScore> Scores, IReadOnlyList<string> Errors,
    IReadOnlyList<ExtractorScore>? ByExtractor = null)
{
    public TypeScore this[string type] => Scores.First(s => s.Type == type);

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Name} ({Papers} abstracts)");
        sb.AppendLine("type           predicted  gold  correct  precision  recall     F1");
        foreach (var s in Scores)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Type,-14} {s.Predicted,9} {s.Gold,5} {s.Correct,8} {s.Precision,10:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}");
        }
        return sb.ToString();
    }

    /// <summary>Each extractor's share of a type's predictions and its precision, most productive first.</summary>
    public string ExtractorTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("type           extractor                     predicted  correct  precision");
        foreach (var e in ByExtractor ?? [])
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{e.Type,-14} {e.Extractor,-29} {e.Predicted,9} {e.Correct,8} {e.Precision,10:0.000}");
        }
        return sb.ToString();
    }
}
