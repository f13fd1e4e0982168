using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// A title whose opening phrase is the paper's own method, though no colon sets it off: "Dense Distinct Query for
/// End-to-End Object Detection" when the abstract defines "Dense Distinct Queries (DDQ)", and "Consistency Models" when
/// the abstract says "we propose consistency models". The phrase is the title up to its first preposition ("for",
/// "via", "with", …), two to five words, each capitalized; it counts only when the abstract names it as an acronym's
/// long form or as the object of a proposing verb, so a title that merely states a topic names nothing.
/// </summary>
internal static class TitleNamedProposals
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> Fields = new[]
    {
        "artificial intelligence", "machine learning", "deep learning", "natural language processing", "computer vision",
        "data science", "data mining", "generative ai", "explainable ai", "large language models",
    }.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);

    private static readonly WordSet Prepositions = new(["for", "via", "with", "in", "on", "from", "through", "using", "by", "to", "towards"]);

    /// <summary>The title's opening phrase, or null when the title opens with no such phrase; read once per paper.</summary>
    public static string? OpeningPhrase(LinkingContext ctx, IReadOnlySet<string> families)
    {
        if (ctx.Sentences.Count == 0 || !ctx.InTitle(ctx.Sentences[0]) || ctx.Title.Contains(':')) return null;
        var title = ctx.Sentences[0];
        var last = -1;
        var words = 0;
        for (var k = title.FirstToken; k < title.EndToken; k++)
        {
            var t = ctx.Tokens[k];
            if (t.Kind == TokenKind.Word && Prepositions.Contains(ctx.LowerSpan(k))) break;
            if (t.Kind == TokenKind.Symbol && !(ctx.Text[t.Start] is '-' or '‐' && !t.SpaceBefore)) return null;
            if (t.Kind == TokenKind.Word && t.SpaceBefore || k == title.FirstToken)
            {
                if (++words > MaxWords || !(char.IsUpper(ctx.Text[t.Start]) || char.IsDigit(ctx.Text[t.Start]))) return null;
            }
            last = k;
        }
        if (words < 2 || last < 0) return null;
        // "Zorblat Detection in the Wild" states a task, even one the vocabulary does not know
        if (HeadWords.Task.Contains(ctx.LowerSpan(last))) return null;
        var phrase = ctx.Span(title.FirstToken, last);
        // "Artificial Intelligence in Senology" names a field
        if (Fields.Contains(NameKey.Of(phrase))) return null;
        // a known task, dataset or concept is no method of the paper, nor is a family ("Graph Neural Networks for X"); a
        // single method the vocabulary knows may be this paper's own ("Consistency Models"), if the abstract takes it up
        return ctx.Vocabulary.Resolve(phrase) is not { } known || known.Kind == NodeLabel.Method && !families.Contains(known.Canonical) ? phrase : null;
    }

    /// <summary>"Dense Distinct Query" = "dense distinct queries": the same words, the last one in either number.</summary>
    public static bool SameName(string a, string b)
    {
        if (NameKey.Of(a) == NameKey.Of(b)) return true;
        return NameKey.Of(SingularLast(a)) == NameKey.Of(SingularLast(b));
    }

    private static string SingularLast(string phrase)
    {
        var space = phrase.LastIndexOf(' ');
        return phrase[..(space + 1)] + Inflection.Singular(phrase[(space + 1)..].ToLowerInvariant());
    }

    /// <summary>An acronym the abstract defines with the title's opening phrase as its long form.</summary>
    public static void Run(LinkingContext ctx, string? phrase, ProposedCandidates candidates)
    {
        if (phrase is null || ctx.Acronyms.Count == 0) return;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        foreach (var a in ctx.Acronyms)
        {
            // a long form of another length is no match; most are turned away before any key is made
            if (a.LongForm.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != words) continue;
            if (!SameName(a.LongForm, phrase) || ctx.Vocabulary.Resolve(a.Short) is not null) continue;
            candidates.Add(a.Short, a.LongForm, 0.85, a.Short, ctx.Sentences[a.Sentence]);
            return;
        }
    }

    /// <summary>
    /// "we present a method for training such networks, Learned Step Size Quantization, that …": the title's phrase
    /// written again with its capitals, in a sentence that speaks for the paper.
    /// </summary>
    public static void Restated(LinkingContext ctx, string? phrase, ProposedCandidates candidates)
    {
        if (phrase is null) return;
        var at = ctx.Text.IndexOf(phrase, ctx.TitleEnd, StringComparison.Ordinal);
        if (at < 0) return;
        foreach (var s in ctx.Sentences)
        {
            if (s.Start > at || s.End < at + phrase.Length) continue;
            if (Cues.SpeaksForThePaper(ctx, s)) candidates.Add(phrase, null, 0.8, phrase, s);
            return;
        }
    }

    /// <summary>
    /// "we propose consistency models, a new family …": the words right after a proposing verb (an article skipped) are
    /// the title's opening phrase, in any case. The name is written as the title writes it.
    /// </summary>
    public static void AfterVerb(LinkingContext ctx, Sentence s, int verb, string? phrase, ProposedCandidates candidates)
    {
        if (phrase is null) return;
        var first = verb + 1;
        if (ctx.IsLower(first, "a") || ctx.IsLower(first, "an") || ctx.IsLower(first, "the")) first++;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var last = first - 1;
        for (var n = 0; n < words && last + 1 < s.EndToken && ctx.Tokens[last + 1].Kind == TokenKind.Word; n++) last = NameSpans.GluedEnd(ctx, last + 1, s.EndToken);
        if (last < first || !SameName(ctx.Span(first, last), phrase)) return;
        candidates.Add(phrase, null, 0.8, ctx.Span(first, last), s);
    }
}
