using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Analytics.Recommendations;
using KnowledgeGraph.Analytics.Snapshot;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg related ID-OR-TITLE… [--negative ID-OR-TITLE…] --top K</c> and <c>kg related --all</c>.</summary>
internal static class RelatedCommand
{
    public static Command Create()
    {
        var seeds = new Argument<string[]>("paper")
        {
            Description = "Paper id or title; several mean 'like all of these'",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var negative = new Option<string[]>("--negative")
        {
            Description = "Paper id or title the results should NOT resemble (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var weights = new Option<string?>("--weights")
        {
            Description = "Override hybrid weights, e.g. text=0.3,entities=0.1,cocitation=0.1,coupling=0.05,graph=1,epsilon=1e-5",
        };
        var all = new Option<bool>("--all") { Description = "Recommend for every paper (JSON array, one object per paper)" };
        var top = CommonOptions.Top(10, "How many related papers per paper (default 10)");
        var format = CommonOptions.Format("text", "text", "json");
        var arxiv = AnalyticsInputs.Arxiv2023Option();
        var command = new Command("related", """
            Related papers with reasons. The hybrid score adds shared entities (weighted by rarity), co-citation,
            bibliographic coupling, BM25 text similarity and personalized PageRank; every result lists the parts of
            its score and human-readable reasons. JSON: {"paper":{"id","title"},"related":[{"id","title","score",
            "reasons":[…],"parts":{…}}]}; with --all an array of those. --all also prints latency percentiles to stderr.

            Examples: kg related 2304.07638 --top 5 --arxiv2023 data/arxiv2023
                      kg related "Attention is all you need" --negative "BERT" --format json
                      kg related --all --top 10 --format json --arxiv2023 data/arxiv2023 > related.json
            """);
        command.Arguments.Add(seeds);
        command.Options.Add(negative);
        command.Options.Add(all);
        command.Options.Add(top);
        command.Options.Add(format);
        command.Options.Add(arxiv);
        command.Options.Add(weights);
        command.SetAction(async (parse, ct) =>
        {
            var input = await AnalyticsInputs.LoadAsync(parse, arxiv, ct);
            if (input is null) return 2;
            var snapshot = SnapshotBuilder.Build(input);
            var recommender = new RelatedPaperRecommender(snapshot, EvalRecommendationsCommand.ParseWeights(parse.GetValue(weights)));
            var k = Math.Clamp(parse.GetValue(top), 1, 1000);
            var json = parse.GetValue(format) == "json";
            if (parse.GetValue(all))
            {
                RunAll(recommender, k, json);
                return 0;
            }
            var positive = Resolve(snapshot, parse.GetValue(seeds) ?? []);
            var negatives = Resolve(snapshot, parse.GetValue(negative) ?? []);
            if (positive is null || negatives is null) return 1;
            if (positive.Count == 0)
            {
                await Console.Error.WriteLineAsync("error: name a paper (id or title) or pass --all");
                return 1;
            }
            var results = recommender.Recommend(new RecommendationQuery(positive, negatives, k));
            if (json)
            {
                using var stdout = Console.OpenStandardOutput();
                using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                WriteEntry(writer, snapshot, positive[0], results);
                writer.Flush();
                Console.WriteLine();
            }
            else
            {
                PrintText(snapshot, positive, negatives, results);
            }
            return 0;
        });
        return command;
    }

    private static List<int>? Resolve(AnalyticsSnapshot snapshot, string[] names)
    {
        var papers = new List<int>();
        foreach (var name in names)
        {
            if (snapshot.FindPaper(name) is not { } p)
            {
                Console.Error.WriteLine($"error: no paper matches '{name}'");
                return null;
            }
            papers.Add(p);
        }
        return papers;
    }

    private static void RunAll(RelatedPaperRecommender recommender, int k, bool json)
    {
        var snapshot = recommender.Snapshot;
        var latencies = new double[snapshot.PaperCount];
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (json) writer.WriteStartArray();
        for (var p = 0; p < snapshot.PaperCount; p++)
        {
            var clock = Stopwatch.StartNew();
            var results = recommender.Recommend(p, k);
            latencies[p] = clock.Elapsed.TotalMilliseconds;
            if (json)
            {
                WriteEntry(writer, snapshot, p, results);
                if (writer.BytesPending > 1 << 16) writer.Flush();
            }
            else
            {
                writer.Flush();
                Console.WriteLine($"{snapshot.Ids[p]}\t{snapshot.Titles[p]}");
                foreach (var r in results) Console.WriteLine($"  {r.Score:0.000}  {r.Id}\t{r.Title}");
            }
        }
        if (json) writer.WriteEndArray();
        writer.Flush();
        Console.WriteLine();
        Array.Sort(latencies);
        Console.Error.WriteLine($"related for {latencies.Length:N0} papers (top {k}, with reasons): p50 {Percentile(latencies, 0.50):0.00} ms, "
            + $"p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies.LastOrDefault():0.00} ms");
    }

    internal static double Percentile(double[] sorted, double q)
        => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static void WriteEntry(Utf8JsonWriter writer, AnalyticsSnapshot snapshot, int paper, IReadOnlyList<Recommendation> results)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("paper");
        writer.WriteString("id", snapshot.Ids[paper]);
        writer.WriteString("title", snapshot.Titles[paper]);
        writer.WriteEndObject();
        writer.WriteStartArray("related");
        foreach (var r in results)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id);
            writer.WriteString("title", r.Title);
            writer.WriteNumber("score", Math.Round(r.Score, 6));
            writer.WriteStartArray("reasons");
            foreach (var reason in r.Reasons) writer.WriteStringValue(reason.Text);
            writer.WriteEndArray();
            writer.WriteStartObject("parts");
            writer.WriteNumber("text", Math.Round(r.Parts.Text, 6));
            writer.WriteNumber("entities", Math.Round(r.Parts.Entities, 6));
            writer.WriteNumber("coCitation", Math.Round(r.Parts.CoCitation, 6));
            writer.WriteNumber("coupling", Math.Round(r.Parts.Coupling, 6));
            writer.WriteNumber("graph", Math.Round(r.Parts.Graph, 6));
            writer.WriteNumber("negative", Math.Round(r.Parts.Negative, 6));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void PrintText(AnalyticsSnapshot snapshot, List<int> positive, List<int> negative, IReadOnlyList<Recommendation> results)
    {
        Console.WriteLine($"Related to {string.Join(" + ", positive.Select(p => $"{snapshot.Titles[p]} [{snapshot.Ids[p]}]"))}");
        if (negative.Count > 0) Console.WriteLine($"and unlike {string.Join(", ", negative.Select(p => $"{snapshot.Titles[p]} [{snapshot.Ids[p]}]"))}");
        var rank = 1;
        foreach (var r in results)
        {
            Console.WriteLine($"{rank++,3}. {r.Title}  [{r.Id}]  score {r.Score:0.000}");
            Console.WriteLine($"     parts: text {r.Parts.Text:0.000}, entities {r.Parts.Entities:0.000}, co-citation {r.Parts.CoCitation:0.000}, "
                + $"coupling {r.Parts.Coupling:0.000}, graph {r.Parts.Graph:0.000}{(r.Parts.Negative < 0 ? $", negative {r.Parts.Negative:0.000}" : "")}");
            foreach (var reason in r.Reasons) Console.WriteLine($"     - {reason.Text}");
        }
    }
}
