using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Where and by whom a result was measured: the dataset of the number's own clause, and the model that scored it (the
/// bracket that holds it, the paper's own method or its variant, the model that is the subject; never one compared
/// against or measured of). <see cref="ResultExtractor"/> asks these for every result it reports.
/// </summary>
internal static class ResultOwners
{
    // "83.1% mIoU on Cityscapes" names the dataset after the number, "Cityscapes val (83.1% mIoU)" before it: the closer
    // one wins, ties go to the one after
    public static string? Dataset(LinkingContext ctx, int i, Sentence s)
    {
        var at = ctx.DatasetAt;
        (int Token, string Name)? after = null;
        (int Token, string Name)? before = null;
        foreach (var (k, v) in at.InSentence(s.Index))
        {
            if (k > i && after is null) after = (k, v);
            if (k < i) before = (k, v);
        }
        // "GPT-4V reaches only 51.26%": a result whose sentence names no dataset is on the paper's one benchmark — the one it
        // releases, else the only dataset it names
        if (after is null && before is null) return SoleDataset(ctx);
        if (after is null || before is null) return after?.Name ?? before?.Name;
        // "77.4% on Cityscapes and 74.7% mIoU at 230 FPS on CamVid": the dataset of the number's own clause, whatever
        // the distance; a clause ends at "and", a comma or a semicolon
        var breakBefore = ClauseBreak(ctx, before.Value.Token + 1, i);
        var breakAfter = ClauseBreak(ctx, i + 1, after.Value.Token);
        if (breakBefore != breakAfter) return breakBefore ? after.Value.Name : before.Value.Name;
        return i - before.Value.Token < after.Value.Token - i ? before.Value.Name : after.Value.Name;
    }

    private static bool ClauseBreak(LinkingContext ctx, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (ctx.IsLower(k, "and") || ctx.TokenSpan(k) is "," or ";") return true;
        }
        return false;
    }

    // the nearest name before the number: "XGBoost performed best, with an AUC of 0.89, while logistic regression reached
    // an AUC of 0.83" ties 0.83 to logistic regression
    // ... but not a backbone: "DeepLabV3 based on ResNet-18 from 73.20 to 76.02 mIoU", "RetinaNet with a ResNet-50 backbone"
    // score as DeepLabV3 and RetinaNet
    private static (int Token, string Name)? Before(LinkingContext ctx, TokenNames at, int i, Sentence s)
    {
        (int Token, string Name)? nearest = null;
        foreach (var (k, v) in at.InSentence(s.Index))
        {
            if (k >= i) break;
            if (nearest is not null && IsBackbone(ctx, k, s)) continue;
            nearest = (k, v);
        }
        return nearest;
    }

    private static bool IsBackbone(LinkingContext ctx, int name, Sentence s)
    {
        if (ctx.IsLower(name - 1, "on") && ctx.IsLower(name - 2, "based")) return true;
        var end = NameSpans.GluedEnd(ctx, name, s.EndToken);
        return ctx.IsLower(end + 1, "backbone") || ctx.IsLower(end + 1, "backbones");
    }

    /// <summary>
    /// The method a result belongs to: the model whose bracket holds it ("BART (30.61)"); else the nearer of the paper's
    /// own method and the last model named before the number ("EvoGrad: even the best LLM, GPT-3.5, achieves 65.0%");
    /// else the proposed method "our model" stands for; else, in a sentence that names none, the paper's one proposed
    /// method ("achieving a 100% success rate in compiling all models").
    /// </summary>
    public static string? Method(LinkingContext ctx, int i, Sentence s)
    {
        // "BART (30.61)", "MobileNetV2×1.4 (1.6 ms, …)": the model whose bracket holds the figure, its width glued on
        if (OpenBracket(ctx, i, s) is var open and > 0 && NameSpans.GluedStart(ctx, open - 1, s.FirstToken) is var bracketStart
            && ctx.MentionAt.TryGetValue(bracketStart, out var bracketed) && bracketed.Entry.Kind == NodeLabel.Method && !ctx.IsProposed(bracketed.Entry.Canonical))
        {
            return bracketed.Entry.Canonical;
        }
        var proposed = ProposedBefore(ctx, i, s);
        var named = Before(ctx, ctx.MethodAt, i, s);
        if (proposed is { } p && (named is not { } n || n.Token <= p.Token || !IsSubject(ctx, n.Token, s))) return p.Name;
        // "they outperform distillation techniques for diffusion models, achieving an FID of 3.55", "our best model obtains
        // similar accuracy as MobileNet while being 38x faster": a pronoun or "our model" subject stands for the paper's one
        // method; the model it is compared with did not score
        if (named is { } compared && !IsSubject(ctx, compared.Token, s) && Primary(ctx) is { } primary
            && (PronounSubject(ctx, s, compared.Token) || OursBefore(ctx, compared.Token, s) is not null))
        {
            return primary;
        }
        if (named is { } m) return m.Name;
        if (OursBefore(ctx, i, s) is { } ours) return ours;
        return Primary(ctx) is { } only && !NamesAnyModel(ctx, s) && !ProposesData(ctx, only) ? only : null;
    }

    // the "(" of the bracket the number stands in, a few figures in at most ("(1.6 ms, 74.7% top-1)"), or -1
    private static int OpenBracket(LinkingContext ctx, int i, Sentence s)
    {
        for (var k = i - 1; k > s.FirstToken && i - k <= 8; k--)
        {
            if (ctx.TokenSpan(k) is ")") return -1;
            if (ctx.TokenSpan(k) is "(") return k;
            if (ctx.Tokens[k].Kind == TokenKind.Word && ctx.Tokens[k].Length > 3 && !ResultValues.HasUnit(ctx, k - 1) && ctx.Tokens[k - 1].Kind != TokenKind.Number) return -1;
        }
        return -1;
    }

    // "they outperform …", "we demonstrate that it surpasses …": "it" or "they" before the compared model, at the sentence's
    // start or right after "that"
    private static bool PronounSubject(LinkingContext ctx, Sentence s, int before)
    {
        for (var k = s.FirstToken; k < before; k++)
        {
            if ((ctx.IsLower(k, "they") || ctx.IsLower(k, "it")) && (k == s.FirstToken || ctx.IsLower(k - 1, "that") || ctx.TokenSpan(k - 1) is ",")) return true;
        }
        return false;
    }

    // "the FLOPs of DeiT-S", "outperforms CSWin by 1.7%", "66.1% for SCAFFOLD": a model compared against, measured of or
    // owning an earlier figure is not the one that scored; "the best LLM, GPT-3.5, achieves" is
    private static bool IsSubject(LinkingContext ctx, int token, Sentence s) =>
        !ctx.ComparisonScope.Contains(token) && !(ctx.IsLower(token - 1, "of") || ctx.IsLower(token - 1, "as")
                                                  || NearbyMetrics.OfBefore(ctx, token, s) >= 0 || ctx.IsLower(token - 1, "than") || ctx.IsLower(token - 1, "over")
                                                  || ctx.IsLower(token - 1, "against") || ctx.IsLower(token - 1, "with") || ctx.IsLower(token - 1, "to")
                                                  || ctx.IsLower(token - 1, "vs") || ctx.IsLower(token - 1, "versus") || ctx.IsLower(token - 1, "for"));

    // a corpus the paper releases ("ArguGPT, a balanced corpus of essays") scores nothing itself
    private static bool ProposesData(LinkingContext ctx, string name)
    {
        foreach (var (data, _, _) in ctx.ProposedDatasets)
        {
            if (data == name) return true;
        }
        return false;
    }

    // a sentence that names some model (a baseline, a used method) does not speak of the paper's own method by default
    private static bool NamesAnyModel(LinkingContext ctx, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (ctx.MentionAt.TryGetValue(k, out var m) && m.Entry.Kind == NodeLabel.Method) return true;
        }
        foreach (var _ in ctx.MethodAt.InSentence(s.Index)) return true;
        return false;
    }

    // the last name of the paper's own methods before the number: "RT-DETR-L achieves 53.0% AP …, while RT-DETR-X achieves 54.8%"
    private static (int Token, string Name)? ProposedBefore(LinkingContext ctx, int i, Sentence s)
    {
        if (ctx.ProposedNames.Count == 0) return null;
        var named = ProposedIn(ctx, s);
        (int Token, string Name)? last = null;
        foreach (var p in named)
        {
            if (p.Token >= i) break;
            last = p;
        }
        return last;
    }

    /// <summary>
    /// "Our model obtains BLEU scores of 29.1 and 41.2": the paper's own method, when it has a primary one, is what "our
    /// model / method / approach …" stands for.
    /// </summary>
    private static string? OursBefore(LinkingContext ctx, int i, Sentence s)
    {
        if (Primary(ctx) is not { } primary) return null;
        for (var k = s.FirstToken; k + 1 < i; k++)
        {
            if (!ctx.IsLower(k, "our")) continue;
            // "our model", "our best model", "our proposed method"
            for (var h = k + 1; h < i && h <= k + 3; h++)
            {
                if (HeadWords.Method.Contains(ctx.LowerSpan(h))) return primary;
            }
        }
        return null;
    }

    private static string? SoleDataset(LinkingContext ctx)
    {
        string? released = null;
        foreach (var (name, _, _) in ctx.ProposedDatasets)
        {
            if (released is not null && released != name) return null;
            released = name;
        }
        return released ?? ctx.DatasetAt.Sole();
    }

    /// <summary>
    /// The paper's one method that "our model" or an unnamed result stands for: its only proposal, or of several ("AOT-GAN"
    /// and its "AOT block", "NAFNet" and "Simple Baselines") the only one written as a name; null when that is unclear.
    /// </summary>
    private static string? Primary(LinkingContext ctx)
    {
        if (ctx.ProposedNames.Count == 1) return ctx.ProposedNames[0];
        string? primary = null;
        foreach (var name in ctx.ProposedNames)
        {
            // a name, one word: "AOT block" is a part of AOT-GAN
            if (!NameSpans.IsNameLike(name) || name.Contains(' ')) continue;
            if (primary is not null) return null;
            primary = name;
        }
        return primary;
    }

    /// <summary>
    /// The paper's own methods a sentence names, in token order, as written (a variant "MAFormer-L" stays itself; a long
    /// form stands for its method); found once per sentence, for the result owners, the methods used and the metrics.
    /// </summary>
    internal static List<(int Token, string Name)> ProposedIn(LinkingContext ctx, Sentence s)
    {
        if (ctx.ProposedNames.Count == 0) return [];
        if (!ctx.ProposedIn.TryGetValue(s.Index, out var named))
        {
            named = ProposedNamesIn(ctx, s);
            ctx.ProposedIn[s.Index] = named;
        }
        return named;
    }

    private static List<(int Token, string Name)> ProposedNamesIn(LinkingContext ctx, Sentence s)
    {
        var found = new List<(int Token, string Name)>();
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Symbol || !char.IsUpper(ctx.Text[ctx.Tokens[k].Start])) continue;
            var last = NameSpans.GluedEnd(ctx, k, s.EndToken);
            var name = ctx.Span(k, last);
            // as written ("MAFormer-L", a variant, stays itself)
            if (ctx.ProposedNameOf(name) is { } proposed)
            {
                found.Add((k, NameKey.Of(proposed) == NameKey.Of(name) || name.StartsWith(proposed + "-", StringComparison.Ordinal) ? name : proposed));
            }
            // "DDRNet-23-slim" for the proposed DDRNets: a variant written onto the name, kept as written
            else if (last > k && ctx.TokenSpan(k + 1) is "-" && ctx.ProposedNameOf(ctx.TokenText(k)) is not null) found.Add((k, name));
            // written by its long form ("the Zorblat Flux Network reaches …" for ZFN): the method's own name
            else if (LongFormEnd(ctx, s, k, last) is var (end, longForm) && end >= 0)
            {
                found.Add((k, longForm!));
                last = end;
            }
            k = last;
        }
        return found;
    }

    private static (int End, string? Name) LongFormEnd(LinkingContext ctx, Sentence s, int k, int last)
    {
        var end = last;
        for (var words = 1; words < 5 && end + 1 < s.EndToken && ctx.Tokens[end + 1].Kind == TokenKind.Word && char.IsUpper(ctx.Text[ctx.Tokens[end + 1].Start]); words++)
        {
            end = NameSpans.GluedEnd(ctx, end + 1, s.EndToken);
            if (ctx.ProposedNameOf(ctx.Span(k, end)) is { } longForm) return (end, longForm);
        }
        return (-1, null);
    }
}
