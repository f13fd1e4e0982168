namespace KnowledgeGraph.Analytics.Components;

/// <summary>Component id per vertex (0..Count-1, numbered by smallest member) and the number of components.</summary>
public sealed record ComponentsResult(int[] Labels, int Count)
{
    /// <summary>Size of the largest component.</summary>
    public int LargestSize()
    {
        if (Count == 0) return 0;
        var sizes = new int[Count];
        foreach (var label in Labels) sizes[label]++;
        return sizes.Max();
    }
}
