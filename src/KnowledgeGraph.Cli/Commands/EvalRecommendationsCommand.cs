using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Analytics.Evaluation;
using KnowledgeGraph.Analytics.Recommendations;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval recommendations</c>: held-out citation evaluation of hybrid, BM25, Adamic–Adar and random.</summary>
internal static class EvalRecommendationsCommand
{
    public static Command Create()
    {
        var arxiv = AnalyticsInputs.Arxiv2023Option();
        var holdout = new Option<double>("--holdout") { Description = "Share of citations hidden (default 0.1)", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the split, sample and random baseline (default 42)", DefaultValueFactory = _ => 42 };
        var maxQueries = new Option<int>("--max-queries") { Description = "Evaluate a seeded sample of this many source papers (default 0 = all)" };
        var k = new Option<int>("--k") { Description = "Cut-off for Recall@K and nDCG@K (default 10)", DefaultValueFactory = _ => 10 };
        var weights = new Option<string?>("--weights")
        {
            Description = "Override hybrid weights, e.g. text=0.2,entities=0.15,cocitation=0.2,coupling=0.15,graph=0.3",
        };
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("recommendations", """
            Hide a seeded share of citation edges, recommend from the rest, and score how well each method recovers a
            paper's hidden references: Recall@K, MRR, nDCG@K for hybrid, BM25 text-only, Adamic-Adar citation-only
            and random, in one run. The protocol is printed with the results.

            Example: kg eval recommendations --arxiv2023 /data/citation-networks/arxiv2023
            """);
        command.Options.Add(arxiv);
        command.Options.Add(holdout);
        command.Options.Add(seed);
        command.Options.Add(maxQueries);
        command.Options.Add(k);
        command.Options.Add(weights);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var input = await AnalyticsInputs.LoadAsync(parse, arxiv, ct);
            if (input is null) return 2;
            var json = parse.GetValue(format) == "json";
            var options = new EvaluationOptions
            {
                HoldoutFraction = parse.GetValue(holdout),
                Seed = parse.GetValue(seed),
                MaxQueries = parse.GetValue(maxQueries),
                K = parse.GetValue(k),
            };
            var recommendation = ParseWeights(parse.GetValue(weights));
            var report = RecommendationEvaluator.Run(input, options, recommendation, json ? null : Console.WriteLine);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report, BenchAnalyticsCommand.Json));
                return 0;
            }
            Console.WriteLine();
            Console.WriteLine($"Protocol: {report.Protocol}");
            Console.WriteLine();
            Console.WriteLine($"{report.Papers:N0} papers, {report.CitationEdges:N0} citations, {report.HiddenEdges:N0} hidden (seed {report.Seed}), "
                + $"{report.Queries:N0} queries, {report.RelevantExcluded:N0} hidden edges dropped as mutual citations");
            Console.WriteLine($"{"method",-14}{"Recall@" + report.K,12}{"MRR",10}{"nDCG@" + report.K,10}{"Hit@" + report.K,10}{"ms/query",10}");
            foreach (var m in report.Methods)
            {
                Console.WriteLine($"{m.Method,-14}{m.RecallAtK,12:0.0000}{m.Mrr,10:0.0000}{m.NdcgAtK,10:0.0000}{m.HitRateAtK,10:0.0000}{m.MillisecondsPerQuery,10:0.00}");
            }
            Console.WriteLine($"hybrid vs bm25 Recall@{report.K}: {report.HybridOverBm25RecallGain:+0.0%;-0.0%} relative (goal >= +20%); {report.Seconds:0.0} s");
            return 0;
        });
        return command;
    }

    internal static RecommendationOptions? ParseWeights(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var defaults = new RecommendationOptions();
        var values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2) throw new ArgumentException($"expected name=value, got '{pair}'");
            values[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        var unknown = values.Keys.Except(["text", "entities", "cocitation", "coupling", "graph", "epsilon"], StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"unknown weight(s) {string.Join(", ", unknown)} (text, entities, cocitation, coupling, graph, epsilon)");
        return new RecommendationOptions
        {
            TextWeight = values.GetValueOrDefault("text", defaults.TextWeight),
            EntityWeight = values.GetValueOrDefault("entities", defaults.EntityWeight),
            CoCitationWeight = values.GetValueOrDefault("cocitation", defaults.CoCitationWeight),
            CouplingWeight = values.GetValueOrDefault("coupling", defaults.CouplingWeight),
            GraphWeight = values.GetValueOrDefault("graph", defaults.GraphWeight),
            PushEpsilon = values.GetValueOrDefault("epsilon", defaults.PushEpsilon),
        };
    }
}
