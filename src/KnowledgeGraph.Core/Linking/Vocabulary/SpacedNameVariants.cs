namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>
/// A dataset named by a word and a closing acronym is written closed and apart alike ("ScienceQA" / "Science QA",
/// "PubMedQA" / "PubMed QA", "HotpotQA" / "Hotpot QA"): this gives the name written apart. One word of five letters or
/// more before two or more capitals (and digits), so that codes ("COCO", "MS-COCO", "CIFAR10") and short names keep one
/// form ("Text-VQA" is a task as often as it is TextVQA).
/// </summary>
internal static class SpacedNameVariants
{
    public static string? Of(string name)
    {
        var end = name.Length;
        while (end > 0 && char.IsAsciiDigit(name[end - 1])) end--;
        var capitals = end;
        while (capitals > 0 && char.IsAsciiLetterUpper(name[capitals - 1])) capitals--;
        if (end - capitals < 2 || capitals < 5 || !char.IsAsciiLetterLower(name[capitals - 1]) || !char.IsAsciiLetterUpper(name[0])) return null;
        foreach (var c in name.AsSpan(0, capitals))
        {
            if (!char.IsAsciiLetter(c)) return null;
        }
        return string.Concat(name.AsSpan(0, capitals), " ", name.AsSpan(capitals));
    }
}
