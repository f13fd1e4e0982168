namespace KnowledgeGraph.Core.Citations;

/// <summary>Counts behind a precision/recall pair; precision and recall are NaN when their denominator is 0.</summary>
/// <param name="TruePositives">Predicted and right.</param>
/// <param name="FalsePositives">Predicted and wrong.</param>
/// <param name="FalseNegatives">In the gold standard and not predicted.</param>
public sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() =>
        $"P {Format(Precision)} R {Format(Recall)} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})";

    private static string Format(double value) => double.IsNaN(value) ? "n/a" : value.ToString("F3", System.Globalization.CultureInfo.InvariantCulture);
}
