namespace KnowledgeGraph.Core.Linking.Evaluation;

/// <summary>Counts and precision / recall / F1 for one entity type (micro-averaged over papers).</summary>
public sealed record TypeScore(string Type, int Predicted, int Gold, int Correct)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
