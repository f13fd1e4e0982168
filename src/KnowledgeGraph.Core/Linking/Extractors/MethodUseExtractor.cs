using KnowledgeGraph.Core.Linking.Text;
using KnowledgeGraph.Core.Linking.Vocabulary;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>
/// Established methods and families the paper builds on: vocabulary methods named outside comparisons, plus the
/// families a proposed name is built from (<c>NetMamba</c> → Mamba, <c>DiskGNN</c> → Graph Neural Network,
/// <c>MAFormer</c> → Transformer). Emits <see cref="RelationshipType.Uses"/> with the is-a parent as a property.
/// </summary>
internal static class MethodUseExtractor
{
    public const string Name = "method-use";

    public static void Run(LinkingContext ctx)
    {
        var cache = new Dictionary<int, double>();
        // a method named in two or more sentences is central to the paper, even when one of them is background
        var sentencesPerMethod = new Dictionary<string, (int Last, int Count)>(StringComparer.Ordinal);
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Method) continue;
            var index = ctx.SentenceOf(m.FirstToken).Index;
            var seen = sentencesPerMethod.TryGetValue(m.Entry.Canonical, out var s0) ? s0 : (Last: -1, Count: 0);
            // mentions come in text order, so a new sentence index is a new sentence
            if (seen.Last != index) sentencesPerMethod[m.Entry.Canonical] = (index, seen.Count + 1);
        }
        foreach (var m in ctx.Mentions)
        {
            if (m.Entry.Kind != NodeLabel.Method || ctx.ComparisonScope.Contains(m.FirstToken) || ctx.IsEmbedded(m) || ctx.IsWordOfLongerName(m)) continue;
            var (entry, surfaceEnd) = Versioned(ctx, m);
            var key = NameKey.Of(entry.Canonical);
            if (ctx.ProposedNameByKey.ContainsKey(key)) continue;
            var s = ctx.SentenceOf(m.FirstToken);
            // a baseline that the paper also builds on: "We introduce HateBERT, a re-trained BERT model ... outperforms BERT"
            if (ctx.ComparedKeys.Contains(key))
            {
                if (!ProposalSentence(ctx, s)) continue;
                ctx.Add(RelationshipType.Uses, NodeLabel.Method, entry.Canonical, ctx.Text[m.Start..surfaceEnd], s, 0.6, Name, false, LinkingContext.ParentProperty(entry.Parent), anchor: m.Start);
                continue;
            }
            if (!cache.TryGetValue(s.Index, out var confidence))
            {
                // "DDQ-DETR achieves 52.1 AP using a ResNet-50 backbone, outperforming all existing detectors": the paper's own
                // method as the subject speaks for the paper as "we" does
                var firstPerson = Cues.HasAny(ctx, s, Cues.FirstPerson) || ProposedSubject(ctx, s);
                // a review's subject is prior work
                var prior = !firstPerson && !ctx.IsReview && Cues.HasAny(ctx, s, Cues.PriorWork);
                var use = Cues.HasAny(ctx, s, Cues.Use);
                confidence = ctx.InTitle(s) ? 0.85 : prior ? 0.4 : firstPerson && use ? 0.8 : use || firstPerson ? 0.7 : 0.6;
                cache[s.Index] = confidence;
            }
            if (sentencesPerMethod[m.Entry.Canonical].Count >= 2) confidence = Math.Min(0.95, confidence + 0.15);
            if (!ctx.IsReview && InExampleList(ctx, m.FirstToken, s)) confidence = Math.Min(confidence, 0.4);
            ctx.Add(RelationshipType.Uses, NodeLabel.Method, entry.Canonical, ctx.Text[m.Start..surfaceEnd], s, confidence, Name, false,
                LinkingContext.ParentProperty(entry.Parent), anchor: m.Start);
            ctx.MethodAt.TryAdd(m.FirstToken, entry.Canonical);
            if (confidence >= 0.5) ListMates(ctx, m, s);
        }
        FromProposedNames(ctx);
    }

    /// <summary>
    /// "the Generative Pre-trained Transformer 3 (GPT-3)", "ResNet 50": a family name followed by a version number the
    /// vocabulary knows as a model of its own names that model, not the family. Returns the entry and the surface's end.
    /// </summary>
    private static (VocabularyEntry Entry, int End) Versioned(LinkingContext ctx, VocabularyMention m)
    {
        var next = m.LastToken + 1;
        if (next >= ctx.Tokens.Length || ctx.Tokens[next].Kind != TokenKind.Number || !ctx.Tokens[next].SpaceBefore) return (m.Entry, m.End);
        var version = ctx.TokenText(next);
        if (version.Length > 4) return (m.Entry, m.End);
        var model = ctx.Vocabulary.Resolve(m.Entry.Canonical + "-" + version, NodeLabel.Method);
        return model is null ? (m.Entry, m.End) : (model, ctx.Tokens[next].End);
    }

    // the paper's own method (or a variant, "DDQ-DETR") among the sentence's first four words ("Most impressively, DDQ-DETR …");
    // read here word by word, not by ResultOwners.ProposedIn: this runs for every sentence naming a method, and four
    // words cost less than the whole sentence's scan
    private static bool ProposedSubject(LinkingContext ctx, Sentence s)
    {
        if (ctx.ProposedNames.Count == 0) return false;
        var words = 0;
        for (var k = s.FirstToken; k < s.EndToken && words < 4; k++)
        {
            if (ctx.Tokens[k].Kind != TokenKind.Word) continue;
            words++;
            var last = NameSpans.GluedEnd(ctx, k, s.EndToken);
            if (char.IsUpper(ctx.Text[ctx.Tokens[k].Start]) && ctx.IsProposed(ctx.Span(k, last))) return true;
            k = last;
        }
        return false;
    }

    private static bool ProposalSentence(LinkingContext ctx, Sentence s)
    {
        for (var k = s.FirstToken; k < s.EndToken; k++)
        {
            if (ctx.LowerStartsWith(k, "propos") || ctx.LowerStartsWith(k, "introduc") || ctx.LowerStartsWith(k, "present") || ctx.LowerStartsWith(k, "reformulat")) return true;
        }
        return false;
    }

    /// <summary>"RGCN, RGAT, HGT": unknown names listed with a known method are methods too.</summary>
    private static void ListMates(LinkingContext ctx, VocabularyMention m, Sentence s)
    {
        var j = m.LastToken + 1;
        while (j + 1 < s.EndToken)
        {
            var separator = ctx.TokenText(j);
            if (separator is not ("," or "and" or "or")) return;
            j++;
            if (ctx.IsLower(j, "and") || ctx.IsLower(j, "or")) j++;
            if (j >= s.EndToken || ctx.Tokens[j].Kind == TokenKind.Symbol || ctx.MentionAt.ContainsKey(j)) return;
            var last = NameSpans.GluedEnd(ctx, j, s.EndToken);
            var name = ctx.Span(j, last);
            if (!NameSpans.IsNameLike(name) || ctx.IsProposed(name) || ctx.ComparedKeys.Contains(NameKey.Of(name))) return;
            ctx.Add(RelationshipType.Uses, NodeLabel.Method, name, name, s, 0.55, Name + ":list", true, anchor: ctx.Tokens[j].Start);
            j = last + 1;
        }
    }

    private static Sentence SentenceNaming(LinkingContext ctx, string name)
    {
        var at = ctx.Text.IndexOf(name, StringComparison.Ordinal);
        foreach (var s in ctx.Sentences)
        {
            if (at >= s.Start && at < s.End) return s;
        }
        return ctx.Sentences[0];
    }

    private static void FromProposedNames(LinkingContext ctx)
    {
        if (ctx.Sentences.Count == 0) return;
        foreach (var name in ctx.ProposedNames)
        {
            // the sentence that names it ("Our framework, ZorbRL, learns …"), not the title when the title does not
            var evidence = SentenceNaming(ctx, name);
            var parts = CamelParts(name).ToList();
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                // "… Diffusion" names a diffusion model only as the head: "Reaction-Diffusion Network" is a network
                var entry = ctx.Vocabulary.Resolve(part, NodeLabel.Method) ?? (p == parts.Count - 1 ? ctx.Vocabulary.Resolve(part + " Model", NodeLabel.Method) : null);
                if (entry is null && part.EndsWith("former", StringComparison.OrdinalIgnoreCase)) entry = ctx.Vocabulary.Resolve("Transformer", NodeLabel.Method);
                if (entry is null || ctx.ComparedKeys.Contains(NameKey.Of(entry.Canonical)) || ctx.ProposedNameByKey.ContainsKey(NameKey.Of(entry.Canonical))) continue;
                // only well-known families count here ("GNN" in DiskGNN), not any acronym some old method once used
                if (entry.Source != "curated.tsv") continue;
                // acronyms must match their case ("GNN" in DiskGNN), words only as whole parts ("Mamba" in NetMamba)
                if (part.Length <= 4 && !part.All(c => char.IsUpper(c) || char.IsDigit(c))) continue;
                ctx.Add(RelationshipType.Uses, NodeLabel.Method, entry.Canonical, part, evidence, 0.6, Name + ":name", false,
                    LinkingContext.ParentProperty(entry.Parent));
            }
        }
    }

    /// <summary>CamelCase and hyphen parts of a name: <c>GNNPipe</c> → GNN, Pipe; <c>LMUFormer</c> → LMU, Former.</summary>
    internal static IEnumerable<string> CamelParts(string name)
    {
        var parts = new List<string>();
        foreach (var chunk in name.Split(['-', ' ', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < chunk.Length; i++)
            {
                var boundary = char.IsUpper(chunk[i]) && char.IsLower(chunk[i - 1])
                               || char.IsUpper(chunk[i]) && i + 1 < chunk.Length && char.IsLower(chunk[i + 1]) && char.IsUpper(chunk[i - 1]);
                if (boundary)
                {
                    parts.Add(chunk[start..i]);
                    start = i;
                }
            }
            parts.Add(chunk[start..]);
        }
        if (parts.Count <= 1) return parts.Where(p => p.EndsWith("former", StringComparison.OrdinalIgnoreCase) && p.Length > 6);
        return parts;
    }

    private static bool InExampleList(LinkingContext ctx, int token, Text.Sentence s)
    {
        for (var k = token - 1; k >= Math.Max(s.FirstToken, token - 14); k--)
        {
            if (ctx.Tokens[k].Kind == TokenKind.Symbol && ctx.Text[ctx.Tokens[k].Start] is ')' or ';' or ':') return false;
            if (ctx.IsLower(k, "e") && ctx.IsLower(k + 2, "g")) return true;
            if (ctx.IsLower(k, "such") && ctx.IsLower(k + 1, "as")) return true;
        }
        return false;
    }
}
