namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>
/// How many of one type's predictions one extractor made, and how many of them matched a gold item: which rule a
/// type's false positives come from, without listing any paper's errors.
/// </summary>
public sealed record ExtractorScore(string Type, string Extractor, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
}
