using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Readers;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval references</c>: precision and recall of id extraction and reference-string matching on an unarXive
/// JSON Lines file (protocol in <see cref="ReferenceMatchingEvaluator"/>).
/// </summary>
internal static class EvalReferencesCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var unarxive = new Option<string>("--unarxive")
        {
            Description = "unarXive JSON Lines file (one full-text paper per line, .gz allowed)",
            Required = true,
        };
        var catalogue = new Option<string?>("--catalogue")
        {
            Description = "Also (c): match every string, ids masked, against the arXiv papers of this file or folder (e.g. arxiv-2023 raw/)",
        };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("references", """
            Measure reference resolution on unarXive bibliography entries: (a) arXiv ids and DOIs extracted from the
            reference strings against the gold ids OpenAlex linked them to, and against unarXive's own link annotations;
            (b) reference strings clustered by the title matcher (each entry matched against all others), pairwise
            against the gold OpenAlex ids; (c) with --catalogue, title matching against a real catalogue of papers.

            Example: kg eval references --unarxive data/arXiv_src_2212_086.jsonl --catalogue data/arxiv2023/raw
            """);
        command.Options.Add(unarxive);
        command.Options.Add(catalogue);
        command.Options.Add(format);
        command.SetAction(async (ParseResult parse, CancellationToken ct) =>
        {
            var path = parse.GetValue(unarxive)!;
            if (!File.Exists(path))
            {
                Terminal.Error($"no such file: {path}");
                return 2;
            }
            var entries = await UnarxiveReferences.ReadAsync(path, ct);
            var report = ReferenceMatchingEvaluator.Evaluate(entries);
            CatalogueMatchingReport? against = null;
            if (parse.GetValue(catalogue) is { } source)
            {
                var records = new List<PaperRecord>();
                var reader = PaperFileReader.CreateDefault();
                foreach (var file in PaperFileReader.ExpandPaths([source]))
                {
                    await foreach (var outcome in reader.ReadFileAsync(file, ct))
                    {
                        if (outcome.Record is { } record) records.Add(record);
                    }
                }
                against = ReferenceMatchingEvaluator.EvaluateAgainstCatalogue(entries, records);
            }
            if (parse.GetValue(format) == "json") PrintJson(report, against);
            else PrintTable(report, against);
            return 0;
        });
        return command;
    }

    private static void PrintTable(ReferenceMatchingReport r, CatalogueMatchingReport? c)
    {
        Console.WriteLine($"entries: {r.Entries:N0}, with a gold OpenAlex id: {r.GoldLinked:N0} ({r.GoldClusters:N0} distinct works)");
        Console.WriteLine("(a) ids extracted from gold-linked strings vs the gold ids");
        Console.WriteLine($"    arXiv: {r.ArxivVsGoldIds}; gold id printed in the string: {r.ArxivGoldInText}");
        Console.WriteLine($"    DOI:   {r.DoiVsGoldIds}; gold id printed in the string: {r.DoiGoldInText}");
        Console.WriteLine($"    ids extracted where the gold has none of that scheme (unverifiable): {r.UnverifiableIds}");
        Console.WriteLine("(a') ids extracted from all strings vs unarXive's links printed in the string");
        Console.WriteLine($"    arXiv: {r.ArxivVsLinks}");
        Console.WriteLine($"    DOI:   {r.DoiVsLinks}");
        Console.WriteLine($"    linked ids not printed in their string (left out): {r.LinkedIdsNotInText}");
        Console.WriteLine("(b) leave-one-out clustering of gold-linked strings, pairwise vs OpenAlex ids");
        Console.WriteLine($"    pairs: {r.ClusterPairs}; matches made: {r.Links} ({r.LinksById} by id)");
        foreach (var (a, b) in r.WrongMerges)
        {
            Console.WriteLine($"    wrong merge: {a}");
            Console.WriteLine($"             vs: {b}");
        }
        if (c is null) return;
        Console.WriteLine($"(c) title matching (ids masked) against a catalogue of {c.Catalogue:N0} arXiv papers; {c.Gold} entries cite one of them");
        Console.WriteLine($"    {c.Title}; matches of entries without a gold arXiv id (unverifiable): {c.Unverifiable}");
        foreach (var (raw, title, confidence, verdict) in c.Samples) Console.WriteLine($"    {verdict} ({confidence:F2}): {raw}\n        → {title}");
    }

    private static void PrintJson(ReferenceMatchingReport r, CatalogueMatchingReport? c)
    {
        static object Pr(PrecisionRecall p) => new
        {
            precision = double.IsNaN(p.Precision) ? (double?)null : Math.Round(p.Precision, 4),
            recall = double.IsNaN(p.Recall) ? (double?)null : Math.Round(p.Recall, 4),
            tp = p.TruePositives,
            fp = p.FalsePositives,
            fn = p.FalseNegatives,
        };
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            entries = r.Entries,
            goldLinked = r.GoldLinked,
            goldWorks = r.GoldClusters,
            idsVsGold = new { arxiv = Pr(r.ArxivVsGoldIds), arxivPrinted = r.ArxivGoldInText, doi = Pr(r.DoiVsGoldIds), doiPrinted = r.DoiGoldInText, unverifiable = r.UnverifiableIds },
            idsVsLinks = new { arxiv = Pr(r.ArxivVsLinks), doi = Pr(r.DoiVsLinks), linkedNotPrinted = r.LinkedIdsNotInText },
            clustering = new { pairs = Pr(r.ClusterPairs), matches = r.Links, matchesById = r.LinksById, wrongMerges = r.WrongMerges.Select(w => new[] { w.A, w.B }) },
            catalogue = c is null ? null : new
            {
                papers = c.Catalogue,
                gold = c.Gold,
                title = Pr(c.Title),
                unverifiable = c.Unverifiable,
                samples = c.Samples.Select(x => new { x.Raw, x.Title, x.Confidence, x.Verdict }),
            },
        }, Indented));
    }
}
