using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A system named for what it does names a task: "existing AIGC detectors" → AIGC detection, "sentiment classifiers"
/// → sentiment classification. Only when the vocabulary knows the task so formed: the agent noun alone ("object
/// detector" as a component, "a linear classifier") says too little to invent a task from.
/// </summary>
internal static class AgentNounTasks
{
    private const int MaxModifierWords = 3;

    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["detector"] = "detection", ["detectors"] = "detection", ["classifier"] = "classification", ["classifiers"] = "classification",
        ["tracker"] = "tracking", ["trackers"] = "tracking", ["recognizer"] = "recognition", ["recognizers"] = "recognition",
        ["segmenter"] = "segmentation", ["segmenters"] = "segmentation", ["forecaster"] = "forecasting", ["forecasters"] = "forecasting",
        ["summarizer"] = "summarization", ["summarizers"] = "summarization", ["parser"] = "parsing", ["parsers"] = "parsing",
        ["tagger"] = "tagging", ["taggers"] = "tagging", ["captioner"] = "captioning", ["captioners"] = "captioning",
        ["retriever"] = "retrieval", ["retrievers"] = "retrieval",
    };

    private static readonly WordMap<string> Lookup = new(Nouns);

    private static readonly string[] ComponentWords = ["pretrained", "pre-trained", "off-the-shelf", "frozen", "external"];

    private static bool AfterComponentWord(LinkingContext ctx, int start)
    {
        var before = ctx.Text.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)).TrimEnd();
        foreach (var w in ComponentWords)
        {
            if (before.EndsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Every word of a sentence (the title: the body's words come through <see cref="At"/>).</summary>
    public static void Run(LinkingContext ctx, Sentence s)
    {
        for (var i = s.FirstToken + 1; i < s.EndToken; i++) At(ctx, s, i);
    }

    /// <summary>The word at <paramref name="i"/>: called from the token loop of <see cref="TaskStatements"/>, one pass.</summary>
    public static void At(LinkingContext ctx, Sentence s, int i)
    {
        if (i == s.FirstToken || ctx.Tokens[i].Kind != TokenKind.Word) return;
        var word = ctx.LowerSpan(i);
        // every agent noun ends in "er" or "ers": most words are turned away before any hash lookup
        if (word.Length < 6 || !(word[^1] == 'r' || (word[^1] == 's' && word[^2] == 'r')) 
            || !Lookup.TryGetValue(word, out var noun)) return;
        // the longest modifier run the vocabulary knows as "<modifiers> <task noun>"
        var first = i;
        while (first - 1 >= s.FirstToken && i - first < MaxModifierWords && ctx.Tokens[first - 1].Kind == TokenKind.Word
               && !NameSpans.IsDeterminerOrFunctionWord(ctx.TokenText(first - 1))) first--;
        for (var k = first; k < i; k++)
        {
            var modifiers = ctx.Text[ctx.Tokens[k].Start..ctx.Tokens[i - 1].End];
            if (ctx.Vocabulary.Resolve(modifiers + " " + noun, NodeLabel.Task) is not { } task) continue;
            // "a pretrained object detector", "an off-the-shelf parser": a component the method uses, not its task
            if (AfterComponentWord(ctx, ctx.Tokens[k].Start)) return;
            ctx.Add(RelationshipType.Addresses, NodeLabel.Task, task.Canonical, ctx.Text[ctx.Tokens[k].Start..ctx.Tokens[i].End], s, 0.6,
                TaskExtractor.Name + ":agent-noun", false, LinkingContext.ParentProperty(task.Parent), ctx.Tokens[k].Start);
            return;
        }
    }
}
