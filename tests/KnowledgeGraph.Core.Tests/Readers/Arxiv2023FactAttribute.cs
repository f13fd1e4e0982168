namespace KnowledgeGraph.Core.Tests.Readers;

/// <summary>A long-running test over the full arxiv-2023 network; skipped with a reason unless <c>KG_ARXIV2023</c> names its <c>raw</c> folder.</summary>
public sealed class Arxiv2023FactAttribute : FactAttribute
{
    public const string Variable = "KG_ARXIV2023";

    public Arxiv2023FactAttribute()
    {
        if (string.IsNullOrEmpty(Folder)) Skip = $"set {Variable} to the arxiv-2023 raw/ folder (…/citation-networks/arxiv2023/raw) to run";
    }

    public static string? Folder => Environment.GetEnvironmentVariable(Variable);
}
